package com.qincebridge.expense;

import com.qincebridge.statement.ErpOrder;
import com.qincebridge.goods.GoodsStatementBuilder;
import com.qincebridge.statement.StatementLines;
import com.qincebridge.statement.StatementNumbers;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import com.qincebridge.http.FieldLimits;
import com.qincebridge.qince.ExpenseStatement;
import com.qincebridge.qince.ExpenseStatementTrade;
import com.qincebridge.staging.Category;
import com.qincebridge.staging.StagedLine;

/**
 * Builds a customer's expense statement (费用对账单) of one month from its staged EXPENSE
 * lines.
 * <p>
 * One trade per ERP order, numbered from 1, in the order and with the voucher of the
 * trades of a {@link GoodsStatementBuilder goods statement}; its date is the order date
 * at 00:00:00 ({@code yyyy-MM-dd HH:mm:ss}), its trade type and custom fields come from
 * the {@link ExpenseMapping} (keyed by the item type code of the order's first line by
 * detail id), and so do the statement's custom fields. The table gives trades no amount:
 * the mapping's custom fields carry it. Dates and month are those of the goods statement;
 * department fields are left out. A customer without lines gets a statement with no
 * trades. The same arguments always build an equal request.
 */
public final class ExpenseStatementBuilder {

	/** The endpoint named in field-limit errors. */
	public static final String ENDPOINT = "qince ksfreport/saveExpense";

	private static final DateTimeFormatter TRADE_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private ExpenseStatementBuilder() {
	}

	/**
	 * Build one statement.
	 * @param statementNo the statement number, see {@link StatementNumbers}
	 * @param customerCode the customer; every line's counterparty code must equal it
	 * @param month the trade month; every line's order date must be in it
	 * @param lines the customer's EXPENSE lines of the month, all of one company, each
	 * once, in any order
	 * @param mapping trade types and custom fields
	 * @return the request and the exact sum of the line amounts
	 * @throws IllegalArgumentException when a line breaks the conditions above
	 * @throws com.qincebridge.http.InvalidRequestException when a value is too long for
	 * its field, naming the field's path (such as {@code trade[0].exts[1].ext_value})
	 */
	public static BuiltExpenseStatement build(String statementNo, String customerCode, YearMonth month,
			List<StagedLine> lines, ExpenseMapping mapping) {
		List<ErpOrder> orders = StatementLines.orders("expense statement " + statementNo, customerCode, month, lines,
				EnumSet.of(Category.EXPENSE));
		List<ExpenseStatementTrade> trades = new ArrayList<>();
		for (ErpOrder order : orders) {
			trades.add(new ExpenseStatementTrade(String.valueOf(trades.size() + 1), order.voucherNo(),
					order.orderDate().atStartOfDay().format(TRADE_DATE), mapping.tradeType(order.itemTypeCode()),
					mapping.tradeExts(order)));
		}
		ExpenseStatement request = new ExpenseStatement(statementNo, customerCode, month.atDay(1).toString(),
				month.atEndOfMonth().toString(), month.toString(), null, null, null, trades,
				mapping.statementExts(orders));
		FieldLimits.check(ENDPOINT, request);
		BigDecimal total = orders.stream().map(ErpOrder::expenseAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
		return new BuiltExpenseStatement(request, total);
	}

}
