package com.qincebridge.erp;

import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * The four zhixdl finance documents, each with the field names its parameter tables use.
 * The {@link #name() name} is the {@code business_type} sent.
 */
public enum ErpBusinessType {

	/** 应收单: what customers owe, by detail line. */
	FB_RECEIVABLE("应收单", "receivable", "receivable_amount", Receivable.class, Receivable::read),

	/** 收款单: what customers paid (refunds negative), by detail line. */
	FB_RECEIVE("收款单", "receive", "already_receive", Receipt.class, Receipt::read),

	/** 应付单: what we owe suppliers, by detail line. */
	FB_PAYABLE("应付单", "payable", "payable_amount", Payable.class, Payable::read),

	/** 付款单: what we paid suppliers, by detail line. */
	FB_PAYMENT("付款单", "disburse", "already_amount", Payment.class, Payment::read);

	private final String chineseName;

	private final String prefix;

	private final String amountField;

	private final Class<? extends ErpLine> lineType;

	private final Function<ItemFields, @Nullable ErpLine> reader;

	ErpBusinessType(String chineseName, String prefix, String amountField, Class<? extends ErpLine> lineType,
			Function<ItemFields, @Nullable ErpLine> reader) {
		this.chineseName = chineseName;
		this.prefix = prefix;
		this.amountField = amountField;
		this.lineType = lineType;
		this.reader = reader;
	}

	/** The document's Chinese name, such as 应收单, for messages to the finance team. */
	public String chineseName() {
		return this.chineseName;
	}

	/**
	 * The field holding the order (document) id, such as {@code receivable_order_id}; the
	 * key of {@code update_voucher_no} and of a query for one order.
	 */
	public String orderIdField() {
		return this.prefix + "_order_id";
	}

	/**
	 * The field holding the detail line id, such as {@code receivable_order_detail_id};
	 * the key of {@code update_third_id}.
	 */
	public String detailIdField() {
		return this.prefix + "_order_detail_id";
	}

	/** The field holding the line's amount, such as {@code already_receive}. */
	public String amountField() {
		return this.amountField;
	}

	/** The record type of this document's lines, such as {@link Receivable}. */
	public Class<? extends ErpLine> lineType() {
		return this.lineType;
	}

	/** The line read from one answer item, or null when {@code item} recorded errors. */
	@Nullable ErpLine read(ItemFields item) {
		return this.reader.apply(item);
	}

}
