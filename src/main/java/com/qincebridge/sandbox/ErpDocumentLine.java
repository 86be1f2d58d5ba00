package com.qincebridge.sandbox;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/**
 * One detail line of a zhixdl finance document as the simulator serves it. The
 * descriptive fields (department, staff, accounts, empty optional texts) are derived from
 * {@code attributes} when the line is rendered by {@link #toJson()}.
 *
 * @param type the document type
 * @param itemType the item type, shared by all lines of the order
 * @param orderId the order id (19 digits), shared by the order's lines
 * @param orderCode the order code, such as {@code YS-20250929-0009}
 * @param detailId the detail line id (19 digits)
 * @param companyCode the company, such as 101
 * @param companyName the company's name
 * @param counterpartyCode the customer (receivables, receipts, FYYF-01, YFK-01) or the
 * supplier
 * @param counterpartyName its name
 * @param orderDate the business date
 * @param amount what the line is worth, signed (returns and refunds negative); when
 * {@code malformation} is {@link Malformation#AMOUNT} the wire carries garbage instead
 * @param goodsCode the material code; sent as a JSON number when {@code goodsCodeNumeric}
 * @param goodsCodeNumeric whether erp_goods_code is sent as a number
 * @param malformation how the line is broken on the wire, or null when it is well formed
 * @param attributes the hash the descriptive fields are drawn from
 */
public record ErpDocumentLine(ErpDocumentType type, ErpItemType itemType, String orderId, String orderCode,
		String detailId, String companyCode, String companyName, String counterpartyCode, String counterpartyName,
		LocalDate orderDate, BigDecimal amount, String goodsCode, boolean goodsCodeNumeric,
		@Nullable Malformation malformation, long attributes) {

	/** Whether the product can read this line; malformed lines belong in quarantine. */
	public boolean isWellFormed() {
		return this.malformation == null;
	}

	/** This line with another amount; the other fields unchanged. */
	public ErpDocumentLine withAmount(BigDecimal newAmount) {
		return new ErpDocumentLine(this.type, this.itemType, this.orderId, this.orderCode, this.detailId,
				this.companyCode, this.companyName, this.counterpartyCode, this.counterpartyName, this.orderDate,
				newAmount, this.goodsCode, this.goodsCodeNumeric, this.malformation, this.attributes);
	}

	/** The line exactly as a query answer carries it, fields in the table's order. */
	public ObjectNode toJson() {
		return ErpLineJson.render(this);
	}

	/** How a malformed line is broken on the wire. */
	public enum Malformation {

		/** order_date like {@code 2025-07-16 23:59:259}. */
		ORDER_DATE,

		/** the amount like {@code 12.3.4}. */
		AMOUNT

	}

}
