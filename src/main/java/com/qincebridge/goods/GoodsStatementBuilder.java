package com.qincebridge.goods;

import com.qincebridge.statement.GoodsTotals;
import com.qincebridge.statement.ErpOrder;
import com.qincebridge.statement.StatementLines;
import com.qincebridge.statement.StatementNumbers;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import com.qincebridge.http.FieldLimits;
import com.qincebridge.qince.GoodsStatement;
import com.qincebridge.qince.GoodsStatementDetail;
import com.qincebridge.qince.GoodsStatementTrade;
import com.qincebridge.qince.QinceMoney;
import com.qincebridge.staging.Category;
import com.qincebridge.staging.StagedLine;

/**
 * Builds a customer's goods-payment statement (货款对账单) of one month from its staged
 * SHIPMENT, RETURN and RECEIPT lines.
 * <p>
 * The money: zchje = Σ SHIPMENT, zthje = Σ |RETURN|, zjkje = Σ RECEIPT (refunds are
 * negative receipts), zqmye = begin balance + zchje − zthje − zjkje, all exact; amounts
 * are rounded (by {@link QinceMoney#format}) only as they are written into the request,
 * each on its own, so the rounded texts need not add up to the cent. Quantities, which
 * the ERP does not give, are "0"; department, business and phone fields are left out.
 * <p>
 * One trade per ERP order (the lines of one business type and order id), numbered from 1,
 * ordered by order date, business type (FB_RECEIVABLE, FB_RECEIVE, FB_PAYABLE,
 * FB_PAYMENT), order code (orders without one last), then order id. Its voucher is the
 * order code (the order id when there is none); its date, the order date; its
 * description, the item type name; both of its first line by detail id. Its amount is the
 * sum of its lines' signed amounts. One detail per line, numbered from 1 within the
 * trade, ordered by detail id (ids of digits only first, by numeric value, then the
 * others as text): product code = goods code; product name = goods category code, or the
 * item type name when there is none (the ERP gives no product names). A customer without
 * lines gets a statement with no trades and an end balance equal to its begin balance.
 * <p>
 * The same arguments always build an equal request.
 */
public final class GoodsStatementBuilder {

	/** The endpoint named in field-limit errors. */
	public static final String ENDPOINT = "qince ksfStatement/saveStatement";

	private static final Set<Category> CATEGORIES = EnumSet.of(Category.SHIPMENT, Category.RETURN, Category.RECEIPT);

	private static final String NO_QUANTITY = "0";

	private GoodsStatementBuilder() {
	}

	/**
	 * Build one statement.
	 * @param statementNo the statement number, see {@link StatementNumbers}
	 * @param customerCode the customer; every line's counterparty code must equal it
	 * @param month the trade month; every line's order date must be in it
	 * @param beginBalance the opening balance (期初余额)
	 * @param lines the customer's SHIPMENT, RETURN and RECEIPT lines of the month, all of
	 * one company, each once, in any order
	 * @return the request and its exact totals
	 * @throws IllegalArgumentException when a line breaks the conditions above
	 * @throws com.qincebridge.http.InvalidRequestException when a value is too long for
	 * its field, naming the field's path (such as {@code trade[0].voucher_no})
	 */
	public static BuiltGoodsStatement build(String statementNo, String customerCode, YearMonth month,
			BigDecimal beginBalance, List<StagedLine> lines) {
		List<ErpOrder> orders = StatementLines.orders("goods statement " + statementNo, customerCode, month, lines,
				CATEGORIES);
		GoodsTotals totals = totals(beginBalance, lines);
		String startDate = month.atDay(1).toString();
		List<GoodsStatementTrade> trades = new ArrayList<>();
		for (ErpOrder order : orders) {
			trades.add(trade(statementNo, customerCode, startDate, trades.size() + 1, order));
		}
		GoodsStatement request = new GoodsStatement(statementNo, customerCode, startDate,
				month.atEndOfMonth().toString(), month.toString(), null, null, null, null, null, null, null,
				QinceMoney.format(totals.beginBalance()), QinceMoney.format(totals.receipts()),
				QinceMoney.format(totals.shipments()), QinceMoney.format(totals.returns()),
				QinceMoney.format(totals.endBalance()), NO_QUANTITY, NO_QUANTITY, NO_QUANTITY, trades, null);
		FieldLimits.check(ENDPOINT, request);
		return new BuiltGoodsStatement(request, totals);
	}

	public static GoodsTotals totals(BigDecimal beginBalance, List<StagedLine> lines) {
		BigDecimal shipments = BigDecimal.ZERO;
		BigDecimal returns = BigDecimal.ZERO;
		BigDecimal receipts = BigDecimal.ZERO;
		for (StagedLine line : lines) {
			switch (line.category()) {
				case SHIPMENT -> shipments = shipments.add(line.amount());
				case RETURN -> returns = returns.add(line.amount().abs());
				case RECEIPT -> receipts = receipts.add(line.amount());
				default -> throw new IllegalStateException("Checked before: " + line.category());
			}
		}
		BigDecimal end = beginBalance.add(shipments).subtract(returns).subtract(receipts);
		return new GoodsTotals(beginBalance, shipments, returns, receipts, end);
	}

	private static GoodsStatementTrade trade(String statementNo, String customerCode, String startDate, int serial,
			ErpOrder order) {
		String voucherNo = order.voucherNo();
		List<GoodsStatementDetail> details = new ArrayList<>();
		for (StagedLine line : order.lines()) {
			String productName = (line.goodsCategoryCode() != null) ? line.goodsCategoryCode() : line.itemTypeName();
			details.add(new GoodsStatementDetail(statementNo, String.valueOf(details.size() + 1), voucherNo,
					line.goodsCode(), productName, QinceMoney.format(line.amount()), NO_QUANTITY, customerCode,
					startDate));
		}
		return new GoodsStatementTrade(statementNo, String.valueOf(serial), voucherNo, order.orderDate().toString(),
				order.itemTypeName(), QinceMoney.format(order.amount()), NO_QUANTITY, customerCode, startDate, details,
				null);
	}

}
