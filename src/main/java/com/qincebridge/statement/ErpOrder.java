package com.qincebridge.statement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.qincebridge.erp.ErpBusinessType;
import com.qincebridge.staging.StagedLine;
import org.jspecify.annotations.Nullable;

/**
 * One ERP order (document) of a statement, a trade: its lines, ordered by detail id. The
 * order's date, code and item type are those of its first line.
 *
 * @param lines at least one line, all of one business type and order id
 */
public record ErpOrder(List<StagedLine> lines) {

	/**
	 * Ids in a stable order: ids of digits only first, by numeric value (so 9 before 10),
	 * then every other id as text.
	 */
	static final Comparator<String> IDS = ErpOrder::compareIds;

	private static final Comparator<ErpOrder> TRADES = Comparator.comparing(ErpOrder::orderDate)
		.thenComparing(ErpOrder::businessType)
		.thenComparing(ErpOrder::orderCode, Comparator.nullsLast(Comparator.naturalOrder()))
		.thenComparing(ErpOrder::orderId, IDS);

	/**
	 * The orders of some lines: one per business type and order id, ordered by order
	 * date, business type, order code (orders without one last) and order id.
	 */
	public static List<ErpOrder> of(List<StagedLine> lines) {
		Map<Key, List<StagedLine>> byOrder = new LinkedHashMap<>();
		for (StagedLine line : lines) {
			byOrder.computeIfAbsent(new Key(line.businessType(), line.orderId()), (key) -> new ArrayList<>()).add(line);
		}
		return byOrder.values()
			.stream()
			.map((orderLines) -> new ErpOrder(
					orderLines.stream().sorted(Comparator.comparing(StagedLine::detailId, IDS)).toList()))
			.sorted(TRADES)
			.toList();
	}

	public StagedLine first() {
		return this.lines.get(0);
	}

	ErpBusinessType businessType() {
		return first().businessType();
	}

	public String orderId() {
		return first().orderId();
	}

	@Nullable String orderCode() {
		return first().orderCode();
	}

	/** The order code, or the order id when the ERP gave no code. */
	public String voucherNo() {
		String code = orderCode();
		return (code != null) ? code : orderId();
	}

	public LocalDate orderDate() {
		return first().orderDate();
	}

	public @Nullable String itemTypeCode() {
		return first().itemTypeCode();
	}

	public @Nullable String itemTypeName() {
		return first().itemTypeName();
	}

	/**
	 * What the order is worth on an expense statement, exact: a fee the customer owes
	 * (booked as a receivable) counts as it is, an expense owed to the customer (booked
	 * as a payable) counts negative, so that the statement's total is what the customer
	 * owes net.
	 */
	public BigDecimal expenseAmount() {
		return (businessType() == ErpBusinessType.FB_PAYABLE) ? amount().negate() : amount();
	}

	/** The sum of the lines' signed amounts, exact. */
	public BigDecimal amount() {
		return this.lines.stream().map(StagedLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	private static int compareIds(String first, String second) {
		boolean firstIsNumber = isNumber(first);
		if (firstIsNumber != isNumber(second)) {
			return firstIsNumber ? -1 : 1;
		}
		if (firstIsNumber) {
			String a = withoutLeadingZeros(first);
			String b = withoutLeadingZeros(second);
			int byValue = (a.length() != b.length()) ? Integer.compare(a.length(), b.length()) : a.compareTo(b);
			if (byValue != 0) {
				return byValue;
			}
		}
		return first.compareTo(second);
	}

	private static boolean isNumber(String id) {
		return !id.isEmpty() && id.chars().allMatch((c) -> c >= '0' && c <= '9');
	}

	private static String withoutLeadingZeros(String digits) {
		int start = 0;
		while (start < digits.length() - 1 && digits.charAt(start) == '0') {
			start++;
		}
		return digits.substring(start);
	}

	private record Key(ErpBusinessType businessType, String orderId) {
	}

}
