package com.qincebridge.erp;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One detail line of a receivable (应收单, {@code FB_RECEIVABLE}), with every field of the
 * query's answer table; each component is the camelCase of its field name.
 */
public record Receivable(String receivableOrderId, @Nullable String receivableOrderCode, String receivableOrderDetailId,
		@Nullable String receivableSourceCode, @Nullable String receivableSourceName, String companyCode,
		@Nullable String companyName, @Nullable String branchName, @Nullable String branchCode,
		@Nullable String staffName, @Nullable String staffCode, @Nullable String agentName, @Nullable String agentCode,
		@Nullable String customerName, @Nullable String customerCode, @Nullable String customerGroupCode,
		LocalDate orderDate, @Nullable String recpayTypeCode, @Nullable String recpayTypeName,
		@Nullable String erpItemTypeCode, @Nullable String erpItemTypeName, @Nullable String erpGoodsCode,
		@Nullable String goodsCategoryCode, BigDecimal receivableAmount) implements ErpLine {

	static @Nullable Receivable read(ItemFields item) {
		Receivable line = new Receivable(item.requiredText("receivable_order_id"), item.text("receivable_order_code"),
				item.requiredText("receivable_order_detail_id"), item.text("receivable_source_code"),
				item.text("receivable_source_name"), item.requiredText("company_code"), item.text("company_name"),
				item.text("branch_name"), item.text("branch_code"), item.text("staff_name"), item.text("staff_code"),
				item.text("agent_name"), item.text("agent_code"), item.text("customer_name"),
				item.text("customer_code"), item.text("customer_group_code"), item.requiredDate("order_date"),
				item.text("recpay_type_code"), item.text("recpay_type_name"), item.text("erp_item_type_code"),
				item.text("erp_item_type_name"), item.text("erp_goods_code"), item.text("goods_category_code"),
				item.requiredAmount("receivable_amount"));
		return item.hasErrors() ? null : line;
	}

	@Override
	public ErpBusinessType businessType() {
		return ErpBusinessType.FB_RECEIVABLE;
	}

	@Override
	public String orderId() {
		return this.receivableOrderId;
	}

	@Override
	public @Nullable String orderCode() {
		return this.receivableOrderCode;
	}

	@Override
	public String detailId() {
		return this.receivableOrderDetailId;
	}

	@Override
	public @Nullable String sourceCode() {
		return this.receivableSourceCode;
	}

	@Override
	public @Nullable String sourceName() {
		return this.receivableSourceName;
	}

	@Override
	public @Nullable String counterpartyCode() {
		return this.customerCode;
	}

	@Override
	public @Nullable String counterpartyName() {
		return this.customerName;
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
		return this.receivableAmount;
	}

}
