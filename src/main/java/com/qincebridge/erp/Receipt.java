package com.qincebridge.erp;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One detail line of a receipt (收款单, {@code FB_RECEIVE}), with every field of the query's
 * answer table; each component is the camelCase of its field name. Refunds (销售退款) have a
 * negative {@link #alreadyReceive()}.
 */
public record Receipt(String receiveOrderId, @Nullable String receiveOrderCode, String receiveOrderDetailId,
		@Nullable String receiveSourceCode, @Nullable String receiveSourceName, String companyCode,
		@Nullable String companyName, @Nullable String branchName, @Nullable String branchCode,
		@Nullable String staffName, @Nullable String staffCode, @Nullable String agentName, @Nullable String agentCode,
		@Nullable String customerName, @Nullable String customerCode, @Nullable String customerGroupCode,
		LocalDate orderDate, @Nullable String recpayTypeCode, @Nullable String recpayTypeName,
		@Nullable String erpItemTypeCode, @Nullable String erpItemTypeName, @Nullable String erpGoodsCode,
		@Nullable String goodsCategoryCode, BigDecimal alreadyReceive, @Nullable String receiveAccountCode,
		@Nullable String receiveAccountName, @Nullable String receiveMethodCode,
		@Nullable String receiveMethodName) implements ErpLine {

	static @Nullable Receipt read(ItemFields item) {
		Receipt line = new Receipt(item.requiredText("receive_order_id"), item.text("receive_order_code"),
				item.requiredText("receive_order_detail_id"), item.text("receive_source_code"),
				item.text("receive_source_name"), item.requiredText("company_code"), item.text("company_name"),
				item.text("branch_name"), item.text("branch_code"), item.text("staff_name"), item.text("staff_code"),
				item.text("agent_name"), item.text("agent_code"), item.text("customer_name"),
				item.text("customer_code"), item.text("customer_group_code"), item.requiredDate("order_date"),
				item.text("recpay_type_code"), item.text("recpay_type_name"), item.text("erp_item_type_code"),
				item.text("erp_item_type_name"), item.text("erp_goods_code"), item.text("goods_category_code"),
				item.requiredAmount("already_receive"), item.text("receive_account_code"),
				item.text("receive_account_name"), item.text("receive_method_code"), item.text("receive_method_name"));
		return item.hasErrors() ? null : line;
	}

	@Override
	public ErpBusinessType businessType() {
		return ErpBusinessType.FB_RECEIVE;
	}

	@Override
	public String orderId() {
		return this.receiveOrderId;
	}

	@Override
	public @Nullable String orderCode() {
		return this.receiveOrderCode;
	}

	@Override
	public String detailId() {
		return this.receiveOrderDetailId;
	}

	@Override
	public @Nullable String sourceCode() {
		return this.receiveSourceCode;
	}

	@Override
	public @Nullable String sourceName() {
		return this.receiveSourceName;
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
		return this.alreadyReceive;
	}

}
