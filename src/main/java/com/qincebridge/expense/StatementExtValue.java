package com.qincebridge.expense;

import com.qincebridge.statement.ErpOrder;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

import com.qincebridge.qince.QinceMoney;

/**
 * The values an expense statement's custom field ({@code statement-ext.*} in the expense
 * mapping) can hold, each computed from the statement's trades.
 */
enum StatementExtValue {

	/** What the customer owes net: the orders' expense amounts summed, 2 decimals. */
	TOTAL_AMOUNT("total_amount",
			(orders) -> QinceMoney
				.format(orders.stream().map(ErpOrder::expenseAmount).reduce(BigDecimal.ZERO, BigDecimal::add))),

	/** The number of trades (ERP orders). */
	TRADE_COUNT("trade_count", (orders) -> String.valueOf(orders.size())),

	/** The number of ERP lines. */
	LINE_COUNT("line_count",
			(orders) -> String.valueOf(orders.stream().mapToInt((order) -> order.lines().size()).sum()));

	private final String key;

	private final Function<List<ErpOrder>, String> value;

	StatementExtValue(String key, Function<List<ErpOrder>, String> value) {
		this.key = key;
		this.value = value;
	}

	/** The name used in the mapping file, such as {@code total_amount}. */
	String key() {
		return this.key;
	}

	String of(List<ErpOrder> orders) {
		return this.value.apply(orders);
	}

}
