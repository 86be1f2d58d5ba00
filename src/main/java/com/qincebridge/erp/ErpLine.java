package com.qincebridge.erp;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One detail line of a zhixdl finance document, seen through what every document type
 * shares; the staging table stores exactly these. A line only exists when its required
 * fields were readable: order id, detail id, company code, order date and amount are
 * never null. Every other value is null when the ERP sent nothing, null or an empty
 * string. Codes and ids are kept as text, even when the ERP sent a JSON number.
 */
public sealed interface ErpLine permits Receivable, Receipt, Payable, Payment {

	/** Which document this line belongs to. */
	ErpBusinessType businessType();

	/** The document id, such as {@code receivable_order_id}; the key of write-backs. */
	String orderId();

	/** The document's human-readable number, such as {@code YS-20250929-0009}. */
	@Nullable String orderCode();

	/**
	 * The detail line id, such as {@code receivable_order_detail_id}; unique per type.
	 */
	String detailId();

	/** The business type code of the document ({@code *_source_code}). */
	@Nullable String sourceCode();

	/** The business type name of the document ({@code *_source_name}), such as 销售应收. */
	@Nullable String sourceName();

	/** The company ({@code company_code}) the document belongs to. */
	String companyCode();

	@Nullable String companyName();

	/** The customer code of receivables and receipts, the supplier code of the others. */
	@Nullable String counterpartyCode();

	/** The customer name of receivables and receipts, the supplier name of the others. */
	@Nullable String counterpartyName();

	/** The business date ({@code order_date}), any time of day the ERP sent dropped. */
	LocalDate orderDate();

	/** The detail type code ({@code erp_item_type_code}), such as {@code XSYS-01}. */
	@Nullable String itemTypeCode();

	/** The detail type name ({@code erp_item_type_name}), such as 销售应收. */
	@Nullable String itemTypeName();

	/** The material code ({@code erp_goods_code}), as text whatever the ERP sent. */
	@Nullable String goodsCode();

	/** The material category code ({@code goods_category_code}). */
	@Nullable String goodsCategoryCode();

	/**
	 * The line's amount, exactly as the ERP gave it: {@code "-304.00"} stays at scale 2,
	 * a JSON number {@code 256} at scale 0. Negative for refunds and reversals.
	 */
	BigDecimal amount();

}
