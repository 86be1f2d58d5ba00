package com.qincebridge.erp;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One detail line of a payable (应付单, {@code FB_PAYABLE}), with every field of the query's
 * answer table; each component is the camelCase of its field name. The counterparty is a
 * supplier.
 */
public record Payable(String payableOrderId, @Nullable String payableOrderCode, String payableOrderDetailId,
		@Nullable String payableSourceCode, @Nullable String payableSourceName, String companyCode,
		@Nullable String companyName, @Nullable String branchName, @Nullable String branchCode,
		@Nullable String staffName, @Nullable String staffCode, @Nullable String supplierName,
		@Nullable String supplierCode, LocalDate orderDate, @Nullable String recpayTypeCode,
		@Nullable String recpayTypeName, @Nullable String erpItemTypeCode, @Nullable String erpItemTypeName,
		@Nullable String erpGoodsCode, @Nullable String goodsCategoryCode,
		BigDecimal payableAmount) implements ErpLine {

	static @Nullable Payable read(ItemFields item) {
		Payable line = new Payable(item.requiredText("payable_order_id"), item.text("payable_order_code"),
				item.requiredText("payable_order_detail_id"), item.text("payable_source_code"),
				item.text("payable_source_name"), item.requiredText("company_code"), item.text("company_name"),
				item.text("branch_name"), item.text("branch_code"), item.text("staff_name"), item.text("staff_code"),
				item.text("supplier_name"), item.text("supplier_code"), item.requiredDate("order_date"),
				item.text("recpay_type_code"), item.text("recpay_type_name"), item.text("erp_item_type_code"),
				item.text("erp_item_type_name"), item.text("erp_goods_code"), item.text("goods_category_code"),
				item.requiredAmount("payable_amount"));
		return item.hasErrors() ? null : line;
	}

	@Override
	public ErpBusinessType businessType() {
		return ErpBusinessType.FB_PAYABLE;
	}

	@Override
	public String orderId() {
		return this.payableOrderId;
	}

	@Override
	public @Nullable String orderCode() {
		return this.payableOrderCode;
	}

	@Override
	public String detailId() {
		return this.payableOrderDetailId;
	}

	@Override
	public @Nullable String sourceCode() {
		return this.payableSourceCode;
	}

	@Override
	public @Nullable String sourceName() {
		return this.payableSourceName;
	}

	@Override
	public @Nullable String counterpartyCode() {
		return this.supplierCode;
	}

	@Override
	public @Nullable String counterpartyName() {
		return this.supplierName;
	}

	@Override
	public @Nullable String itemTypeCode() {
		return this.erpItemTypeCode;
	}

	@Override
	public @Nullable String itemTypeName() {
		return this.erpItemTypeName;
	}

	@Override
	public @Nullable String goodsCode() {
		return this.erpGoodsCode;
	}

	@Override
	public BigDecimal amount() {
		return this.payableAmount;
	}

}
