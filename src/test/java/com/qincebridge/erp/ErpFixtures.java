package com.qincebridge.erp;

import java.time.Duration;
import java.util.Arrays;
import java.util.stream.Collectors;

import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;

import com.qincebridge.http.ApiLimits;

/**
 * Answers and items for the zhixdl tests, the items copied from the answer examples of
 * the API document.
 */
final class ErpFixtures {

	static final String APP_KEY = "OzXgnUoCd7bJRe-test";

	static final String RECEIVABLE_EXAMPLE = """
			{
			"receivable_order_id": "1972506313439121408",
			"receivable_order_code": "YS-20250929-0009",
			"receivable_order_detail_id": "1972506313678196736",
			"receivable_source_code": "1",
			"receivable_source_name": "销售应收",
			"company_code": "101",
			"company_name": "江西好又快公司",
			"branch_name": "销售部",
			"branch_code": "BM000005",
			"staff_name": "周一鸣",
			"staff_code": "HYK005",
			"agent_name": "周一鸣",
			"agent_code": "HYK005",
			"customer_name": "测试客户",
			"customer_code": "APP.111111",
			"customer_group_code": "101.01",
			"order_date": "2025-09-29",
			"recpay_type_code": "1",
			"recpay_type_name": "客户",
			"erp_item_type_code": "XSYS-01",
			"erp_item_type_name": "销售应收",
			"erp_goods_code": 1010200800,
			"goods_category_code": "LT001",
			"receivable_amount": "760.00"
			}""";

	static final String RECEIPT_EXAMPLE = """
			{
			"receive_order_id": "1972836026569224192",
			"receive_order_code": "SK-20250930-0008",
			"receive_order_detail_id": "1972836026602778624",
			"receive_source_code": "3",
			"receive_source_name": "销售收款",
			"company_code": "101",
			"company_name": "江西好又快公司",
			"branch_name": "市场推广部",
			"branch_code": "BM000006",
			"staff_name": "吴佳旗",
			"staff_code": "HYK014",
			"agent_name": "周一鸣",
			"agent_code": "HYK005",
			"customer_name": "小拇指北安小区店",
			"customer_code": "APP.13721",
			"customer_group_code": "101.01",
			"order_date": "2025-09-30",
			"recpay_type_code": "1",
			"recpay_type_name": "客户",
			"erp_item_type_code": "SKD-04",
			"erp_item_type_name": "销售退款",
			"erp_goods_code": 142976,
			"goods_category_code": "LT001",
			"already_receive": "-304.00",
			"receive_account_code": "14319101040016604",
			"receive_account_name": "好又快公户农行16604",
			"receive_method_code": "JSFS01_SYS",
			"receive_method_name": "现金"
			}""";

	static final String PAYABLE_EXAMPLE = """
			{
			"payable_order_id": "1976944172703195136",
			"payable_order_code": "YF-20251011-0084",
			"payable_order_detail_id": "1976944172854190080",
			"payable_source_code": "5",
			"payable_source_name": "采购应付",
			"company_code": "101",
			"company_name": "江西好又快公司",
			"branch_name": "赣州仓",
			"branch_code": "BM000008",
			"staff_name": "陈发路",
			"staff_code": "HYK021",
			"supplier_name": "测试供应商",
			"supplier_code": "CS001",
			"order_date": "2025-10-11",
			"recpay_type_code": "2",
			"recpay_type_name": "供应商",
			"erp_item_type_code": "CGYF-02",
			"erp_item_type_name": "采购应付",
			"erp_goods_code": 142976,
			"goods_category_code": "LT001",
			"payable_amount": "70.00"
			}""";

	static final String PAYMENT_EXAMPLE = """
			{
			"disburse_order_id": "1971497253696774144",
			"disburse_order_code": "FK-20250926-0282",
			"disburse_order_detail_id": "1971497253772271616",
			"disburse_source_code": "7",
			"disburse_source_name": "采购付款",
			"company_code": "101",
			"company_name": "江西好又快公司",
			"branch_name": "运营部",
			"branch_code": "BM000004",
			"staff_name": "王献苓",
			"staff_code": "HYK006",
			"supplier_name": "十勤",
			"supplier_code": "AA0",
			"order_date": "2025-09-26",
			"recpay_type_code": "2",
			"recpay_type_name": "供应商",
			"erp_item_type_code": "CGFK-01",
			"erp_item_type_name": "采购付款",
			"erp_goods_code": 142976,
			"goods_category_code": "LT001",
			"already_amount": "150.00",
			"payable_account_code": "APP线上收款",
			"payable_account_name": "APP线上收款",
			"payable_method_code": "JSFS04_SYS",
			"payable_method_name": "电汇"
			}""";

	static final String UPDATED = envelope(true, "00000", "接口请求成功!", "{\"result\": \"success\"}");

	private ErpFixtures() {
	}

	/** Limits for tests: short timeouts, three tries, 1 ms backoff. */
	static ApiLimits limits() {
		return limits(3, Duration.ofSeconds(5));
	}

	static ApiLimits limits(int maxAttempts, Duration readTimeout) {
		return new ApiLimits(Duration.ofSeconds(2), readTimeout, 4, 1000, maxAttempts, Duration.ofMillis(1),
				Duration.ofMillis(1));
	}

	static ErpClient client(MockWebServer server) {
		return new ErpClient(server.url("/").toString(), APP_KEY, limits());
	}

	/**
	 * A successful query answer, its paging numbers as the document's example orders
	 * them.
	 */
	static String page(int totalItems, int totalPages, int current, int limit, String... items) {
		String data = "{\"items\": [" + Arrays.stream(items).collect(Collectors.joining(",\n")) + "], \"first\": 1, "
				+ "\"before\": " + Math.max(1, current - 1) + ", \"current\": " + current + ", \"last\": " + totalPages
				+ ", \"next\": " + Math.min(totalPages, current + 1) + ", \"total_pages\": " + totalPages
				+ ", \"total_items\": " + totalItems + ", \"limit\": " + limit + "}";
		return envelope(true, "00000", "接口请求成功!", data);
	}

	/** The one-page answer the document shows for a query, holding {@code items}. */
	static String onePage(String... items) {
		return page(items.length, 1, 1, 50, items);
	}

	static String envelope(boolean success, String status, String message, String data) {
		return "{\n\"success\": " + success + ",\n\"status\": \"" + status + "\",\n\"message\": \"" + message
				+ "\",\n\"data\": " + data + "\n}";
	}

	static MockResponse ok(String body) {
		return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json").body(body).build();
	}

	static MockResponse status(int code) {
		return new MockResponse.Builder().code(code).body("{\"error\": \"" + code + "\"}").build();
	}

	/**
	 * A receivable item with the given detail id and amount, the rest as in the example.
	 */
	static String receivable(String detailId, String amountJson) {
		return RECEIVABLE_EXAMPLE.replace("\"1972506313678196736\"", "\"" + detailId + "\"")
			.replace("\"760.00\"", amountJson);
	}

}
