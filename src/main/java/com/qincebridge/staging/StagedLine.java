package com.qincebridge.staging;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.qincebridge.erp.ErpBusinessType;
import com.qincebridge.erp.ErpLine;
import org.jspecify.annotations.Nullable;

/**
 * One classified ERP detail line, as the staging table holds it and the statement
 * builders read it. Nullability is that of {@link ErpLine}; the amount is exactly as the
 * ERP gave it (signed, scale untouched). {@code (businessType, detailId)} identifies the
 * line.
 *
 * @param businessType the line's document
 * @param detailId the detail line id, the key of {@code update_third_id}
 * @param orderId the document id, the key of {@code update_voucher_no}
 * @param orderCode the document's number, the voucher of a statement trade
 * @param companyCode the company
 * @param counterpartyCode the customer (the supplier code of payables and payments)
 * @param counterpartyName the customer's (or supplier's) name
 * @param orderDate the business date
 * @param sourceCode the document's business type code ({@code *_source_code})
 * @param sourceName the document's business type name
 * @param itemTypeCode {@code erp_item_type_code}, such as {@code XSYS-01}
 * @param itemTypeName {@code erp_item_type_name}, such as 销售应收
 * @param goodsCode {@code erp_goods_code}
 * @param goodsCategoryCode {@code goods_category_code}
 * @param amount the signed amount
 * @param category what the classification rules made of it
 */
public record StagedLine(ErpBusinessType businessType, String detailId, String orderId, @Nullable String orderCode,
		String companyCode, @Nullable String counterpartyCode, @Nullable String counterpartyName, LocalDate orderDate,
		@Nullable String sourceCode, @Nullable String sourceName, @Nullable String itemTypeCode,
		@Nullable String itemTypeName, @Nullable String goodsCode, @Nullable String goodsCategoryCode,
		BigDecimal amount, Category category) {

	/**
	 * The staged form of an ERP line.
	 * @param line the line as read from the ERP
	 * @param category its category
	 * @return the line's values with the category
	 */
	public static StagedLine of(ErpLine line, Category category) {
		return new StagedLine(line.businessType(), line.detailId(), line.orderId(), line.orderCode(),
				line.companyCode(), line.counterpartyCode(), line.counterpartyName(), line.orderDate(),
				line.sourceCode(), line.sourceName(), line.itemTypeCode(), line.itemTypeName(), line.goodsCode(),
				line.goodsCategoryCode(), line.amount(), category);
	}

}
