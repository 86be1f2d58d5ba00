package com.qincebridge.erp;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One detail line of a payment (付款单, {@code FB_PAYMENT}), with every field of the query's
 * answer table; each component is the camelCase of its field name. The table lists
 * {@code payable_method_code} twice; the second is {@code payable_method_name}, as the
 * answer example shows. The counterparty is a supplier.
 */
public record Payment(String disburseOrderId, @Nullable String disburseOrderCode, String disburseOrderDetailId,
		@Nullable String disburseSourceCode, @Nullable String disburseSourceName, String companyCode,
		@Nullable String companyName, @Nullable String branchName, @Nullable String branchCode,
		@Nullable String staffName, @Nullable String staffCode, @Nullable String supplierName,
		@Nullable String supplierCode, LocalDate orderDate, @Nullable String recpayTypeCode,
		@Nullable String recpayTypeName, @Nullable String erpItemTypeCode, @Nullable String erpItemTypeName,
		@Nullable String erpGoodsCode, @Nullable String goodsCategoryCode, BigDecimal alreadyAmount,
		@Nullable String payableAccountCode, @Nullable String payableAccountName, @Nullable String payableMethodCode,
		@Nullable String payableMethodName) implements ErpLine {

	static @Nullable Payment read(ItemFields item) {
		Payment line = new Payment(item.requiredText("disburse_order_id"), item.text("disburse_order_code"),
				item.requiredText("disburse_order_detail_id"), item.text("disburse_source_code"),
				item.text("disburse_source_name"), item.requiredText("company_code"), item.text("company_name"),
				item.text("branch_name"), item.text("branch_code"), item.text("staff_name"), item.text("staff_code"),
				item.text("supplier_name"), item.text("supplier_code"), item.requiredDate("order_date"),
				item.text("recpay_type_code"), item.text("recpay_type_name"), item.text("erp_item_type_code"),
				item.text("erp_item_type_name"), item.text("erp_goods_code"), item.text("goods_category_code"),
				item.requiredAmount("already_amount"), item.text("payable_account_code"),
				item.text("payable_account_name"), item.text("payable_method_code"), item.text("payable_method_name"));
		return item.hasErrors() ? null : line;
	}

	@Override
	public ErpBusinessType businessType() {
		return ErpBusinessType.FB_PAYMENT;
	}

	@Override
	public String orderId() {
		return this.disburseOrderId;
	}

	@Override
	public @Nullable String orderCode() {
		return this.disburseOrderCode;
	}

	@Override
	public String detailId() {
		return this.disburseOrderDetailId;
	}

	@Override
	public @Nullable String sourceCode() {
		return this.disburseSourceCode;
	}

	@Override
	public @Nullable String sourceName() {
		return this.disburseSourceName;
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
		return this.alreadyAmount;
	}

}
