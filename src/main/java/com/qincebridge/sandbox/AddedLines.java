package com.qincebridge.sandbox;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

import org.jspecify.annotations.Nullable;

/**
 * Builds the lines of an order added on top of the generated data set: fresh ids of the
 * "added" kinds (see {@link LineIds}), a code like {@code YS-20250929-X0001} unless the
 * caller gives one, goods code CS001, well formed.
 */
final class AddedLines {

	private AddedLines() {
	}

	/**
	 * @param sequence numbers the order and each line, never the same number twice
	 * @param counterparty code and name
	 * @param code the order code, or null for one like {@code YS-20250929-X0001}
	 */
	static List<ErpDocumentLine> order(long seed, LongSupplier sequence, int company, ErpItemType itemType,
			LocalDate day, String[] counterparty, @Nullable String code, List<BigDecimal> amounts) {
		return order(seed, sequence, company, java.util.Collections.nCopies(amounts.size(), itemType), day,
				counterparty, code, amounts);
	}

	/**
	 * An order whose lines have item types of their own (all of one document type), such
	 * as a receivable with a shipment line and an expense line.
	 */
	static List<ErpDocumentLine> order(long seed, LongSupplier sequence, int company, List<ErpItemType> itemTypes,
			LocalDate day, String[] counterparty, @Nullable String code, List<BigDecimal> amounts) {
		ErpDocumentType type = itemTypes.get(0).documentType();
		if (itemTypes.size() != amounts.size()
				|| itemTypes.stream().anyMatch((itemType) -> itemType.documentType() != type)) {
			throw new IllegalArgumentException("one item type per amount, all of one document type: " + itemTypes);
		}
		long orderNumber = sequence.getAsLong();
		String orderId = LineIds.of(company, type, day, LineIds.ADDED_ORDER, orderNumber);
		String orderCode = (code != null) ? code
				: LineGenerator.orderCode(type, day, String.format("X%04d", orderNumber));
		List<ErpDocumentLine> lines = new ArrayList<>();
		for (int i = 0; i < amounts.size(); i++) {
			BigDecimal amount = amounts.get(i);
			ErpItemType itemType = itemTypes.get(i);
			long lineNumber = sequence.getAsLong();
			lines.add(new ErpDocumentLine(type, itemType, orderId, orderCode,
					LineIds.of(company, type, day, LineIds.ADDED_DETAIL, lineNumber), ErpNames.companyCode(company),
					ErpNames.companyName(company), counterparty[0], counterparty[1], day,
					amount.setScale(2, RoundingMode.UNNECESSARY), "CS001", false, null, Mix.of(seed, lineNumber)));
		}
		return lines;
	}

}
