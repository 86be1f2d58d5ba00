package com.qincebridge.sandbox;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The four zhixdl finance documents, with the field names of their parameter tables.
 * Receivables and receipts name a customer ({@code customer_*}, {@code agent_*});
 * payables and payments name a supplier ({@code supplier_*}).
 */
public enum ErpDocumentType {

	/** 应收单. */
	FB_RECEIVABLE("receivable", "receivable_amount", "YS", 0.50),

	/** 收款单. */
	FB_RECEIVE("receive", "already_receive", "SK", 0.25),

	/** 应付单. */
	FB_PAYABLE("payable", "payable_amount", "YF", 0.15),

	/** 付款单. */
	FB_PAYMENT("disburse", "already_amount", "FK", 0.10);

	private final String prefix;

	private final String amountField;

	private final String codePrefix;

	private final double share;

	ErpDocumentType(String prefix, String amountField, String codePrefix, double share) {
		this.prefix = prefix;
		this.amountField = amountField;
		this.codePrefix = codePrefix;
		this.share = share;
	}

	/**
	 * The order id field, such as {@code receivable_order_id}; key of update_voucher_no.
	 */
	public String orderIdField() {
		return this.prefix + "_order_id";
	}

	/** The order code field, such as {@code receivable_order_code}. */
	public String orderCodeField() {
		return this.prefix + "_order_code";
	}

	/**
	 * The detail id field, such as {@code receivable_order_detail_id}; key of
	 * update_third_id.
	 */
	public String detailIdField() {
		return this.prefix + "_order_detail_id";
	}

	String sourceCodeField() {
		return this.prefix + "_source_code";
	}

	String sourceNameField() {
		return this.prefix + "_source_name";
	}

	/**
	 * The amount field: receivable_amount, already_receive, payable_amount or
	 * already_amount.
	 */
	public String amountField() {
		return this.amountField;
	}

	/**
	 * Whether the lines name a customer (receivables, receipts) rather than a supplier.
	 */
	public boolean namesCustomer() {
		return this == FB_RECEIVABLE || this == FB_RECEIVE;
	}

	/** The prefix of order codes: YS, SK, YF or FK, as in {@code YS-20250929-0009}. */
	String codePrefix() {
		return this.codePrefix;
	}

	/** This type's share of the data set's lines. */
	double share() {
		return this.share;
	}

	/** The item types of this document. */
	public List<ErpItemType> itemTypes() {
		return Arrays.stream(ErpItemType.values()).filter((item) -> item.documentType() == this).toList();
	}

	static Optional<ErpDocumentType> named(String name) {
		return Arrays.stream(values()).filter((type) -> type.name().equals(name)).findFirst();
	}

}
