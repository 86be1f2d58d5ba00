package com.qincebridge.erp;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.qincebridge.erp.ErpFixtures.APP_KEY;
import static com.qincebridge.erp.ErpFixtures.ok;
import static com.qincebridge.erp.ErpFixtures.onePage;
import static com.qincebridge.erp.ErpFixtures.page;
import static com.qincebridge.erp.ErpFixtures.receivable;
import static org.assertj.core.api.Assertions.assertThat;

class ErpClientQueryTests {

	private static final ErpQuery FULL_QUERY = new ErpQuery("101", "1945307220744929280", 1,
			LocalDateTime.of(2025, 7, 16, 0, 0, 0), LocalDateTime.of(2025, 7, 16, 23, 59, 59), 50, 1);

	@StartStop
	private final MockWebServer server = new MockWebServer();

	private ErpClient client;

	@BeforeEach
	void createClient() {
		this.client = ErpFixtures.client(this.server);
	}

	@AfterEach
	void closeClient() {
		this.client.close();
	}

	@Test
	void receivablesQuerySendsTheTableParametersAndReadsTheDocumentedExample() throws Exception {
		this.server.enqueue(ok(onePage(ErpFixtures.RECEIVABLE_EXAMPLE)));
		ErpPage<Receivable> page = this.client.queryReceivables(FULL_QUERY);
		assertSent("FB_RECEIVABLE", "query",
				"{\"company_code\":\"101\",\"receivable_order_id\":\"1945307220744929280\","
						+ "\"order_type\":1,\"order_start_date\":\"2025-07-16 00:00:00\","
						+ "\"order_end_date\":\"2025-07-16 23:59:59\",\"limit\":50,\"page\":1}");
		assertThat(page.rows()).singleElement().satisfies((row) -> {
			assertThat(row.errors()).isEmpty();
			assertThat(row.rawJson()).isEqualTo(ErpFixtures.RECEIVABLE_EXAMPLE);
			assertThat(row.detailId()).isEqualTo("1972506313678196736");
			assertThat(row.line()).isEqualTo(new Receivable("1972506313439121408", "YS-20250929-0009",
					"1972506313678196736", "1", "销售应收", "101", "江西好又快公司", "销售部", "BM000005", "周一鸣", "HYK005", "周一鸣",
					"HYK005", "测试客户", "APP.111111", "101.01", LocalDate.of(2025, 9, 29), "1", "客户", "XSYS-01", "销售应收",
					"1010200800", "LT001", new BigDecimal("760.00")));
		});
	}

	@Test
	void receiptsQuerySendsTheTableParametersAndReadsTheDocumentedExample() throws Exception {
		this.server.enqueue(ok(onePage(ErpFixtures.RECEIPT_EXAMPLE)));
		ErpPage<Receipt> page = this.client.queryReceipts(FULL_QUERY);
		assertSent("FB_RECEIVE", "query",
				"{\"company_code\":\"101\",\"receive_order_id\":\"1945307220744929280\","
						+ "\"order_type\":1,\"order_start_date\":\"2025-07-16 00:00:00\","
						+ "\"order_end_date\":\"2025-07-16 23:59:59\",\"limit\":50,\"page\":1}");
		assertThat(page.rows()).singleElement()
			.satisfies((row) -> assertThat(row.line())
				.isEqualTo(new Receipt("1972836026569224192", "SK-20250930-0008", "1972836026602778624", "3", "销售收款",
						"101", "江西好又快公司", "市场推广部", "BM000006", "吴佳旗", "HYK014", "周一鸣", "HYK005", "小拇指北安小区店",
						"APP.13721", "101.01", LocalDate.of(2025, 9, 30), "1", "客户", "SKD-04", "销售退款", "142976",
						"LT001", new BigDecimal("-304.00"), "14319101040016604", "好又快公户农行16604", "JSFS01_SYS", "现金")));
	}

	@Test
	void payablesQuerySendsTheTableParametersAndReadsTheDocumentedExample() throws Exception {
		this.server.enqueue(ok(onePage(ErpFixtures.PAYABLE_EXAMPLE)));
		ErpPage<Payable> page = this.client.queryPayables(FULL_QUERY);
		assertSent("FB_PAYABLE", "query",
				"{\"company_code\":\"101\",\"payable_order_id\":\"1945307220744929280\","
						+ "\"order_type\":1,\"order_start_date\":\"2025-07-16 00:00:00\","
						+ "\"order_end_date\":\"2025-07-16 23:59:59\",\"limit\":50,\"page\":1}");
		assertThat(page.rows()).singleElement()
			.satisfies((row) -> assertThat(row.line()).isEqualTo(
					new Payable("1976944172703195136", "YF-20251011-0084", "1976944172854190080", "5", "采购应付", "101",
							"江西好又快公司", "赣州仓", "BM000008", "陈发路", "HYK021", "测试供应商", "CS001", LocalDate.of(2025, 10, 11),
							"2", "供应商", "CGYF-02", "采购应付", "142976", "LT001", new BigDecimal("70.00"))));
	}

	@Test
	void paymentsQuerySendsTheOrderIdAsDisburseOrderIdAndReadsTheDocumentedExample() throws Exception {
		this.server.enqueue(ok(onePage(ErpFixtures.PAYMENT_EXAMPLE)));
		ErpPage<Payment> page = this.client.queryPayments(FULL_QUERY);
		assertSent("FB_PAYMENT", "query",
				"{\"company_code\":\"101\",\"disburse_order_id\":\"1945307220744929280\","
						+ "\"order_type\":1,\"order_start_date\":\"2025-07-16 00:00:00\","
						+ "\"order_end_date\":\"2025-07-16 23:59:59\",\"limit\":50,\"page\":1}");
		assertThat(page.rows()).singleElement()
			.satisfies((row) -> assertThat(row.line()).isEqualTo(new Payment("1971497253696774144", "FK-20250926-0282",
					"1971497253772271616", "7", "采购付款", "101", "江西好又快公司", "运营部", "BM000004", "王献苓", "HYK006", "十勤",
					"AA0", LocalDate.of(2025, 9, 26), "2", "供应商", "CGFK-01", "采购付款", "142976", "LT001",
					new BigDecimal("150.00"), "APP线上收款", "APP线上收款", "JSFS04_SYS", "电汇")));
	}

	@Test
	void documentedPagingNumbersAreKeptAsGiven() {
		this.server.enqueue(ok(onePage(ErpFixtures.RECEIVABLE_EXAMPLE)));
		ErpPage<Receivable> page = this.client.queryReceivables(ErpQuery.of("101"));
		assertThat(page)
			.extracting(ErpPage::totalItems, ErpPage::totalPages, ErpPage::current, ErpPage::next, ErpPage::before,
					ErpPage::first, ErpPage::last, ErpPage::limit)
			.containsExactly(1, 1, 1, 1, 1, 1, 1, 50);
		assertThat(page.hasNextPage()).isFalse();
	}

	@Test
	void queryOfCompanyOnlySendsCompanyCodeAlone() throws Exception {
		this.server.enqueue(ok(onePage()));
		this.client.queryReceivables(ErpQuery.of("101"));
		assertSent("FB_RECEIVABLE", "query", "{\"company_code\":\"101\"}");
	}

	@Test
	void genericQuerySeesEveryTypeThroughItsCommonLine() {
		this.server.enqueue(ok(onePage(ErpFixtures.RECEIPT_EXAMPLE)));
		ErpLine line = this.client.query(ErpBusinessType.FB_RECEIVE, ErpQuery.of("101")).rows().get(0).line();
		assertThat(line).isInstanceOf(Receipt.class);
		assertThat(line)
			.extracting(ErpLine::businessType, ErpLine::orderId, ErpLine::orderCode, ErpLine::detailId,
					ErpLine::sourceCode, ErpLine::sourceName, ErpLine::companyCode, ErpLine::companyName,
					ErpLine::counterpartyCode, ErpLine::counterpartyName, ErpLine::orderDate, ErpLine::itemTypeCode,
					ErpLine::itemTypeName, ErpLine::goodsCode, ErpLine::goodsCategoryCode, ErpLine::amount)
			.containsExactly(ErpBusinessType.FB_RECEIVE, "1972836026569224192", "SK-20250930-0008",
					"1972836026602778624", "3", "销售收款", "101", "江西好又快公司", "APP.13721", "小拇指北安小区店",
					LocalDate.of(2025, 9, 30), "SKD-04", "销售退款", "142976", "LT001", new BigDecimal("-304.00"));
	}

	@Test
	void supplierIsTheCounterpartyOfPayments() {
		this.server.enqueue(ok(onePage(ErpFixtures.PAYMENT_EXAMPLE)));
		ErpLine line = this.client.query(ErpBusinessType.FB_PAYMENT, ErpQuery.of("101")).rows().get(0).line();
		assertThat(line).extracting(ErpLine::counterpartyCode, ErpLine::counterpartyName, ErpLine::amount)
			.containsExactly("AA0", "十勤", new BigDecimal("150.00"));
	}

	@Test
	void pagingUntilTheLastPageReadsEveryItemOnce() throws Exception {
		this.server.enqueue(ok(page(5, 3, 1, 2, receivable("d1", "\"1.00\""), receivable("d2", "\"2.00\""))));
		this.server.enqueue(ok(page(5, 3, 2, 2, receivable("d3", "\"3.00\""), receivable("d4", "\"4.00\""))));
		this.server.enqueue(ok(page(5, 3, 3, 2, receivable("d5", "\"5.00\""))));
		ErpQuery query = ErpQuery.of("101")
			.withWindow(LocalDateTime.of(2025, 9, 1, 0, 0), LocalDateTime.of(2025, 9, 1, 23, 59, 59))
			.withLimit(2)
			.withPage(1);
		List<ErpRow<Receivable>> rows = new ArrayList<>();
		ErpPage<Receivable> page;
		do {
			page = this.client.queryReceivables(query);
			rows.addAll(page.rows());
			query = query.withPage(page.current() + 1);
		}
		while (page.hasNextPage());
		assertThat(rows).extracting(ErpRow::detailId).containsExactly("d1", "d2", "d3", "d4", "d5");
		assertThat(this.server.getRequestCount()).isEqualTo(3);
		for (int expectedPage = 1; expectedPage <= 3; expectedPage++) {
			assertThat(this.server.takeRequest().getBody().utf8())
				.endsWith("\"order_end_date\":\"2025-09-01 23:59:59\",\"limit\":2,\"page\":" + expectedPage + "}}");
		}
	}

	@Test
	void pageWithOneUnreadableItemKeepsTheOthers() {
		String bad = receivable("d2", "\"2.00\"").replace("\"2025-09-29\"", "\"2025-07-16 23:59:259\"");
		this.server.enqueue(ok(onePage(receivable("d1", "\"1.00\""), bad, receivable("d3", "\"3.00\""))));
		ErpPage<Receivable> page = this.client.queryReceivables(ErpQuery.of("101"));
		assertThat(page.rows()).extracting(ErpRow::isValid).containsExactly(true, false, true);
		ErpRow<Receivable> row = page.rows().get(1);
		assertThat(row.detailId()).isEqualTo("d2");
		assertThat(row.rawJson()).isEqualTo(bad);
		assertThat(row.errors()).singleElement().satisfies((error) -> {
			assertThat(error.field()).isEqualTo("order_date");
			assertThat(error.value()).isEqualTo("2025-07-16 23:59:259");
		});
		assertThat(row.describeErrors()).contains("order_date", "2025-07-16 23:59:259");
	}

	private void assertSent(String businessType, String method, String params) throws InterruptedException {
		RecordedRequest request = this.server.takeRequest();
		assertThat(request.getMethod()).isEqualTo("POST");
		assertThat(request.getTarget()).isEqualTo("/open/company-customize-service/query");
		assertThat(request.getHeaders().get("Content-Type")).isEqualTo("application/json; charset=UTF-8");
		assertThat(request.getBody().utf8())
			.isEqualTo("{\"app_key\":\"" + APP_KEY + "\",\"version\":\"100\",\"method\":\"" + method
					+ "\",\"business_type\":\"" + businessType + "\",\"business_params\":" + params + "}");
	}

}
