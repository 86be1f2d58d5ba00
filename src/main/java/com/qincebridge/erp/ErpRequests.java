package com.qincebridge.erp;

import java.time.LocalDateTime;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

import com.qincebridge.http.ApiJson;

/**
 * The request bodies, exactly as the parameter tables give them: {@code business_params}
 * is a JSON object (the documents' {@code [ "k": "v" ]} is a typo), integers are sent as
 * JSON numbers (the tables say 整数 where the examples quote them), dates as
 * {@code yyyy-MM-dd HH:mm:ss}, and only the parameters that are set. The update methods
 * are the tables' {@code update_voucher_no} and {@code update_third_id}, not the
 * examples' {@code update}.
 */
final class ErpRequests {

	static final String VERSION = "100";

	private ErpRequests() {
	}

	static String query(String appKey, ErpBusinessType type, ErpQuery query) {
		ObjectNode params = ApiJson.mapper().createObjectNode();
		params.put("company_code", query.companyCode());
		putIfSet(params, type.orderIdField(), query.orderId());
		if (query.orderType() != null) {
			params.put("order_type", query.orderType().intValue());
		}
		putIfSet(params, "order_start_date", dateTime(query.orderStartDate()));
		putIfSet(params, "order_end_date", dateTime(query.orderEndDate()));
		if (query.limit() != null) {
			params.put("limit", query.limit().intValue());
		}
		if (query.page() != null) {
			params.put("page", query.page().intValue());
		}
		return envelope(appKey, "query", type, params);
	}

	static String update(String appKey, ErpBusinessType type, String method, String idField, String id,
			String valueField, String value) {
		ObjectNode params = ApiJson.mapper().createObjectNode();
		params.put(idField, id);
		params.put(valueField, value);
		return envelope(appKey, method, type, params);
	}

	private static String envelope(String appKey, String method, ErpBusinessType type, ObjectNode params) {
		ObjectNode body = ApiJson.mapper().createObjectNode();
		body.put("app_key", appKey);
		body.put("version", VERSION);
		body.put("method", method);
		body.put("business_type", type.name());
		body.set("business_params", params);
		return ApiJson.mapper().writeValueAsString(body);
	}

	private static void putIfSet(ObjectNode params, String field, @Nullable String value) {
		if (value != null) {
			params.put(field, value);
		}
	}

	private static @Nullable String dateTime(@Nullable LocalDateTime value) {
		return (value != null) ? value.format(ItemFields.DATE_TIME) : null;
	}

}
