package com.qincebridge.sandbox;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

/**
 * The detail item types of the generated documents ({@code erp_item_type_code}), with the
 * source (business type) each document carries and the sign of its amounts. The
 * classification rules of the product key on these codes.
 * <ul>
 * <li>FB_RECEIVABLE: {@code XSYS-01} 销售应收 (source 1, positive), {@code XSTH-01} 销售退货
 * (source 2, negative), {@code FYYS-01} 费用应收 (source 4, positive, expense-type).</li>
 * <li>FB_RECEIVE: {@code SKD-01} 销售收款 (source 3, positive), {@code SKD-04} 销售退款 (source 3
 * as in the document's example, negative: a refund).</li>
 * <li>FB_PAYABLE: {@code CGYF-02} 采购应付 (source 5, to a supplier), {@code FYYF-01} 费用应付
 * (source 6, an expense owed to a customer: recpay_type 1 客户, supplier_code = the
 * customer code).</li>
 * <li>FB_PAYMENT: {@code CGFK-01} 采购付款 (source 7, to a supplier), {@code YFK-01} 预付款
 * (source 8, a prepayment to a customer, named like FYYF-01).</li>
 * </ul>
 */
public enum ErpItemType {

	XSYS_01("XSYS-01", "销售应收", ErpDocumentType.FB_RECEIVABLE, "1", "销售应收", 1, 75, true),

	XSTH_01("XSTH-01", "销售退货", ErpDocumentType.FB_RECEIVABLE, "2", "销售退货", -1, 15, true),

	FYYS_01("FYYS-01", "费用应收", ErpDocumentType.FB_RECEIVABLE, "4", "费用应收", 1, 10, true),

	SKD_01("SKD-01", "销售收款", ErpDocumentType.FB_RECEIVE, "3", "销售收款", 1, 90, true),

	SKD_04("SKD-04", "销售退款", ErpDocumentType.FB_RECEIVE, "3", "销售收款", -1, 10, true),

	CGYF_02("CGYF-02", "采购应付", ErpDocumentType.FB_PAYABLE, "5", "采购应付", 1, 70, false),

	FYYF_01("FYYF-01", "费用应付", ErpDocumentType.FB_PAYABLE, "6", "费用应付", 1, 30, true),

	CGFK_01("CGFK-01", "采购付款", ErpDocumentType.FB_PAYMENT, "7", "采购付款", 1, 80, false),

	YFK_01("YFK-01", "预付款", ErpDocumentType.FB_PAYMENT, "8", "预付款", 1, 20, true);

	/** The weights of each document's item types add up to this. */
	private static final int TOTAL_WEIGHT = 100;

	private static final Map<ErpDocumentType, ErpItemType[]> BY_DOCUMENT = new EnumMap<>(ErpDocumentType.class);

	static {
		for (ErpDocumentType type : ErpDocumentType.values()) {
			BY_DOCUMENT.put(type,
					Arrays.stream(values()).filter((item) -> item.documentType == type).toArray(ErpItemType[]::new));
		}
	}

	private final String code;

	private final String typeName;

	private final ErpDocumentType documentType;

	private final String sourceCode;

	private final String sourceName;

	private final int sign;

	private final int weight;

	private final boolean customer;

	ErpItemType(String code, String typeName, ErpDocumentType documentType, String sourceCode, String sourceName,
			int sign, int weight, boolean customer) {
		this.code = code;
		this.typeName = typeName;
		this.documentType = documentType;
		this.sourceCode = sourceCode;
		this.sourceName = sourceName;
		this.sign = sign;
		this.weight = weight;
		this.customer = customer;
	}

	/** The code as sent, such as {@code XSYS-01}. */
	public String code() {
		return this.code;
	}

	/** The name as sent ({@code erp_item_type_name}), such as 销售应收. */
	public String typeName() {
		return this.typeName;
	}

	public ErpDocumentType documentType() {
		return this.documentType;
	}

	/**
	 * The document's source code ({@code *_source_code}), the {@code order_type} filter.
	 */
	public String sourceCode() {
		return this.sourceCode;
	}

	public String sourceName() {
		return this.sourceName;
	}

	/** 1 when the amounts are positive, -1 when negative (returns, refunds). */
	public int sign() {
		return this.sign;
	}

	/**
	 * Whether the counterparty is a customer (recpay_type 1 客户) rather than a supplier.
	 */
	public boolean withCustomer() {
		return this.customer;
	}

	/** The item type of an order of the document type, drawn by weight from a hash. */
	static ErpItemType pick(ErpDocumentType type, long hash) {
		ErpItemType[] candidates = BY_DOCUMENT.get(type);
		int draw = Mix.below(hash, TOTAL_WEIGHT);
		for (ErpItemType candidate : candidates) {
			draw -= candidate.weight;
			if (draw < 0) {
				return candidate;
			}
		}
		throw new IllegalStateException("no item type for " + type);
	}

}
