package com.qincebridge.statement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

import com.qincebridge.erp.ErpBusinessType;
import com.qincebridge.staging.Category;
import com.qincebridge.staging.StagedLine;
import org.jspecify.annotations.Nullable;

/**
 * Staged lines of customer {@link #CUSTOMER} of company {@link #COMPANY} in
 * {@link #MONTH}, for the builder tests.
 */
public final class Lines {

	public static final String COMPANY = "101";

	public static final String CUSTOMER = "C101";

	public static final YearMonth MONTH = YearMonth.of(2025, 9);

	private Lines() {
	}

	public static StagedLine shipment(String detailId, String orderId, String amount) {
		return line(Category.SHIPMENT, detailId, orderId, amount);
	}

	public static StagedLine sentBack(String detailId, String orderId, String amount) {
		return line(Category.RETURN, detailId, orderId, amount);
	}

	public static StagedLine receipt(String detailId, String orderId, String amount) {
		return line(Category.RECEIPT, detailId, orderId, amount);
	}

	public static StagedLine expense(String detailId, String orderId, String amount) {
		return line(Category.EXPENSE, detailId, orderId, amount);
	}

	/**
	 * A line of the category's usual document and item type, dated the 5th, of order code
	 * {@code V-<orderId>}.
	 */
	public static StagedLine line(Category category, String detailId, String orderId, String amount) {
		ErpBusinessType type = (category == Category.RECEIPT) ? ErpBusinessType.FB_RECEIVE
				: ErpBusinessType.FB_RECEIVABLE;
		String[] item = switch (category) {
			case SHIPMENT -> new String[] { "XSYS-01", "销售应收" };
			case RETURN -> new String[] { "XSTH-01", "销售退货" };
			case RECEIPT -> new String[] { "SKD-01", "销售收款" };
			case EXPENSE -> new String[] { "FYYS-01", "费用应收" };
			default -> new String[] { "YFK-01", "预付款" };
		};
		return new StagedLine(type, detailId, orderId, "V-" + orderId, COMPANY, CUSTOMER, "门店一", MONTH.atDay(5), "1",
				"销售应收", item[0], item[1], "G-" + detailId, null, new BigDecimal(amount), category);
	}

	public static StagedLine withDate(StagedLine line, LocalDate date) {
		return new StagedLine(line.businessType(), line.detailId(), line.orderId(), line.orderCode(),
				line.companyCode(), line.counterpartyCode(), line.counterpartyName(), date, line.sourceCode(),
				line.sourceName(), line.itemTypeCode(), line.itemTypeName(), line.goodsCode(), line.goodsCategoryCode(),
				line.amount(), line.category());
	}

	public static StagedLine withOrderCode(StagedLine line, @Nullable String orderCode) {
		return new StagedLine(line.businessType(), line.detailId(), line.orderId(), orderCode, line.companyCode(),
				line.counterpartyCode(), line.counterpartyName(), line.orderDate(), line.sourceCode(),
				line.sourceName(), line.itemTypeCode(), line.itemTypeName(), line.goodsCode(), line.goodsCategoryCode(),
				line.amount(), line.category());
	}

	public static StagedLine withItemType(StagedLine line, @Nullable String code, @Nullable String name) {
		return new StagedLine(line.businessType(), line.detailId(), line.orderId(), line.orderCode(),
				line.companyCode(), line.counterpartyCode(), line.counterpartyName(), line.orderDate(),
				line.sourceCode(), line.sourceName(), code, name, line.goodsCode(), line.goodsCategoryCode(),
				line.amount(), line.category());
	}

	public static StagedLine withGoods(StagedLine line, @Nullable String goodsCode,
			@Nullable String goodsCategoryCode) {
		return new StagedLine(line.businessType(), line.detailId(), line.orderId(), line.orderCode(),
				line.companyCode(), line.counterpartyCode(), line.counterpartyName(), line.orderDate(),
				line.sourceCode(), line.sourceName(), line.itemTypeCode(), line.itemTypeName(), goodsCode,
				goodsCategoryCode, line.amount(), line.category());
	}

	public static StagedLine withParties(StagedLine line, String companyCode, @Nullable String customerCode) {
		return new StagedLine(line.businessType(), line.detailId(), line.orderId(), line.orderCode(), companyCode,
				customerCode, line.counterpartyName(), line.orderDate(), line.sourceCode(), line.sourceName(),
				line.itemTypeCode(), line.itemTypeName(), line.goodsCode(), line.goodsCategoryCode(), line.amount(),
				line.category());
	}

}
