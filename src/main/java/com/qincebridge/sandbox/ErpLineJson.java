package com.qincebridge.sandbox;

import com.qincebridge.http.ApiJson;
import tools.jackson.databind.node.ObjectNode;

/**
 * Renders a line as the query answers carry it: the fields of the type's table in the
 * order of the documents' examples, amounts as strings with 2 decimals, erp_goods_code as
 * a number or a string, about one optional text field in twenty sent as {@code ""}, and
 * malformed lines broken as the documents' own examples are ({@code 23:59:259}, a second
 * decimal point).
 */
final class ErpLineJson {

	private static final String[] CUSTOMER = { "1", "客户" };

	private static final String[] SUPPLIER = { "2", "供应商" };

	private ErpLineJson() {
	}

	static ObjectNode render(ErpDocumentLine line) {
		ErpDocumentType type = line.type();
		long attributes = line.attributes();
		ObjectNode item = ApiJson.mapper().createObjectNode();
		item.put(type.orderIdField(), line.orderId());
		item.put(type.orderCodeField(), line.orderCode());
		item.put(type.detailIdField(), line.detailId());
		item.put(type.sourceCodeField(), line.itemType().sourceCode());
		item.put(type.sourceNameField(), line.itemType().sourceName());
		item.put("company_code", line.companyCode());
		item.put("company_name", line.companyName());
		String[] branch = ErpNames.branch(Mix.of(attributes, 1));
		item.put("branch_name", branch[1]);
		item.put("branch_code", optional(branch[0], attributes, 2));
		String[] staff = ErpNames.staff(Mix.of(attributes, 3));
		item.put("staff_name", optional(staff[1], attributes, 4));
		item.put("staff_code", staff[0]);
		if (type.namesCustomer()) {
			String[] agent = ErpNames.staff(Mix.of(attributes, 5));
			item.put("agent_name", optional(agent[1], attributes, 6));
			item.put("agent_code", optional(agent[0], attributes, 7));
			item.put("customer_name", line.counterpartyName());
			item.put("customer_code", line.counterpartyCode());
			item.put("customer_group_code", optional(line.companyCode() + ".01", attributes, 8));
		}
		else {
			item.put("supplier_name", line.counterpartyName());
			item.put("supplier_code", line.counterpartyCode());
		}
		item.put("order_date", orderDate(line));
		String[] recpay = line.itemType().withCustomer() ? CUSTOMER : SUPPLIER;
		item.put("recpay_type_code", recpay[0]);
		item.put("recpay_type_name", recpay[1]);
		item.put("erp_item_type_code", line.itemType().code());
		item.put("erp_item_type_name", line.itemType().typeName());
		if (line.goodsCodeNumeric()) {
			item.put("erp_goods_code", Long.parseLong(line.goodsCode()));
		}
		else {
			item.put("erp_goods_code", line.goodsCode());
		}
		item.put("goods_category_code", optional("LT00" + (1 + Mix.below(Mix.of(attributes, 9), 5)), attributes, 10));
		item.put(type.amountField(), amount(line));
		if (type == ErpDocumentType.FB_RECEIVE || type == ErpDocumentType.FB_PAYMENT) {
			String prefix = (type == ErpDocumentType.FB_RECEIVE) ? "receive" : "payable";
			String[] account = ErpNames.account(Mix.of(attributes, 11));
			String[] method = ErpNames.method(Mix.of(attributes, 12));
			item.put(prefix + "_account_code", account[0]);
			item.put(prefix + "_account_name", account[1]);
			item.put(prefix + "_method_code", method[0]);
			item.put(prefix + "_method_name", method[1]);
		}
		return item;
	}

	private static String orderDate(ErpDocumentLine line) {
		String date = line.orderDate().toString();
		return (line.malformation() == ErpDocumentLine.Malformation.ORDER_DATE) ? date + " 23:59:259" : date;
	}

	private static String amount(ErpDocumentLine line) {
		String amount = line.amount().toPlainString();
		return (line.malformation() == ErpDocumentLine.Malformation.AMOUNT) ? amount + ".4" : amount;
	}

	/** The value, or {@code ""} for about one line in twenty. */
	private static String optional(String value, long attributes, int field) {
		return (Mix.below(Mix.of(attributes, field), 20) == 0) ? "" : value;
	}

}
