package com.qincebridge.expense;

import com.qincebridge.statement.ErpOrder;

import java.util.function.Function;

import com.qincebridge.qince.QinceMoney;
import org.jspecify.annotations.Nullable;

/**
 * The values an expense statement trade's custom field ({@code trade-ext.*} in the
 * expense mapping) can hold, each computed from the trade's ERP order. A null value
 * leaves the field's {@code ext_value} out.
 */
enum TradeExtValue {

	/**
	 * The order's amount on the expense statement, 2 decimals: negative for an expense
	 * owed to the customer (a payable).
	 */
	AMOUNT("amount", (order) -> QinceMoney.format(order.expenseAmount())),

	/** The order's item type name, such as 费用应收. */
	ITEM_TYPE_NAME("item_type_name", ErpOrder::itemTypeName),

	/** The order's item type code, such as FYYS-01. */
	ITEM_TYPE_CODE("item_type_code", ErpOrder::itemTypeCode),

	/** The order's source (business type) name. */
	SOURCE_NAME("source_name", (order) -> order.first().sourceName()),

	/** The order code (the order id when there is none), the same as the voucher. */
	ORDER_CODE("order_code", ErpOrder::voucherNo),

	/** The ERP order id. */
	ORDER_ID("order_id", ErpOrder::orderId),

	/** The order date, yyyy-MM-dd. */
	ORDER_DATE("order_date", (order) -> order.orderDate().toString()),

	/** The number of the order's lines. */
	LINE_COUNT("line_count", (order) -> String.valueOf(order.lines().size()));

	private final String key;

	private final Function<ErpOrder, @Nullable String> value;

	TradeExtValue(String key, Function<ErpOrder, @Nullable String> value) {
		this.key = key;
		this.value = value;
	}

	/** The name used in the mapping file, such as {@code item_type_name}. */
	String key() {
		return this.key;
	}

	@Nullable String of(ErpOrder order) {
		return this.value.apply(order);
	}

}
