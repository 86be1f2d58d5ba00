package com.qincebridge.qince;

import java.math.BigDecimal;
import java.util.List;

import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

import static com.qincebridge.qince.QinceTestSupport.SAVED;
import static com.qincebridge.qince.QinceTestSupport.TIMESTAMP;
import static com.qincebridge.qince.QinceTestSupport.compact;
import static com.qincebridge.qince.QinceTestSupport.json;
import static com.qincebridge.qince.QinceTestSupport.sent;
import static com.qincebridge.qince.QinceTestSupport.withData;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The statement endpoints: the exact request each one sends, and its documented answer
 * read back.
 */
class QinceClientStatementTests {

	/** The answer envelope of the statement queries, as documented. */
	static final String QUERY_ENVELOPE = """
			{
			    "return_code": "0",
			    "return_msg": "响应信息",
			    "msg_id": "{ msg_id }",
			    "response_data": "<<DATA>>"
			}
			""";

	/** The DATA example of queryStatement, tabs included. */
	static final String STATEMENT_ROWS = """
			[
			    {
			        "statement_id":"7628813591021350683",
			    \t"serial_no":"FYBJBL8152904002201904",
			    \t"customer_code":"8152904002",
			    \t"customer_name":"门店1",
			    \t"start_date":"2018-03-15",
			    \t"end_date":"2018-03-15",
			    \t"last_person":"张三",
			    \t"last_date":"",
			    \t"statement_status":"已确认",
			    \t"customer_id":"1111122",
			    \t"modify_time":"2018-03-15 19:06:06",
			    \t"approve_name":"李四",
			    \t"approve_time":""
			    }
			]
			""";

	@StartStop
	final MockWebServer server = new MockWebServer();

	@Test
	void saveStatementSendsTheTableFieldsInOrderAndReturnsTheAck() throws Exception {
		this.server.enqueue(json(SAVED));
		GoodsStatementDetail detail = new GoodsStatementDetail("hk002", "1", "pz11", "pd001", "商品", "10", "1",
				"CUS000029", "2019-11-26");
		GoodsStatementTrade trade = new GoodsStatementTrade("hk002", "1", "pz11", "2019-11-26", "12", "100", "50",
				"CUS000029", "2019-11-26", List.of(detail), List.of(new QinceExt("自定义", "好")));
		GoodsStatement statement = new GoodsStatement("hk002", "CUS000029", "2019-11-26", "2019-11-28", "2019-11", null,
				"123", null, null, "南京", "广告园", "15200000000", "10", "10", "10", "20", "10", "20", "20", "10",
				List.of(trade), List.of(new QinceExt("自定义1", "是")));

		QinceAck ack = QinceTestSupport.client(this.server).saveStatement(statement);

		QinceTestSupport.Sent sent = sent(this.server.takeRequest(), "ksfStatement", "saveStatement");
		assertThat(sent.timestamp()).isEqualTo(TIMESTAMP);
		assertThat(sent.body()).isEqualTo(compact("""
				{"serial_no":"hk002","customer_code":"CUS000029","start_date":"2019-11-26","end_date":"2019-11-28",
				 "trade_month":"2019-11","dept_code":"123","business_name":"南京","business_addr":"广告园",
				 "telphone":"15200000000","begin_balance":"10","zjkje":"10","zchje":"10","zthje":"20","zqmye":"10",
				 "zchsl":"20","zthsl":"20","zjcsl":"10",
				 "trade":[{"statement_no":"hk002","serial_no":"1","voucher_no":"pz11","trade_date":"2019-11-26",
				   "trade_desc":"12","trade_amount":"100","total_count":"50","customer_code":"CUS000029",
				   "start_date":"2019-11-26",
				   "detail":[{"statement_no":"hk002","serial_no":"1","voucher_no":"pz11","product_code":"pd001",
				     "product_name":"商品","amount":"10","number":"1","customer_code":"CUS000029",
				     "start_date":"2019-11-26"}],
				   "exts":[{"ext_key":"自定义","ext_value":"好"}]}],
				 "exts":[{"ext_key":"自定义1","ext_value":"是"}]}
				"""));
		assertThat(ack).isEqualTo(new QinceAck(sent.msgId(), "0", null));
	}

	@Test
	void nullFieldsAreLeftOutAndAutoIsSentAsANumber() throws Exception {
		this.server.enqueue(json(SAVED));
		GoodsStatement statement = new GoodsStatement("HK0012025110000123", "CUS000029", null, null, "2025-11", 1, null,
				null, null, null, null, null, QinceMoney.format(new BigDecimal("-1234.5")), "0.00", "0.00", "0.00",
				"-1234.50", "0", "0", "0", List.of(), null);

		QinceTestSupport.client(this.server).saveStatement(statement);

		assertThat(sent(this.server.takeRequest(), "ksfStatement", "saveStatement").body()).isEqualTo(compact("""
				{"serial_no":"HK0012025110000123","customer_code":"CUS000029","trade_month":"2025-11","auto":1,
				 "begin_balance":"-1234.50","zjkje":"0.00","zchje":"0.00","zthje":"0.00","zqmye":"-1234.50",
				 "zchsl":"0","zthsl":"0","zjcsl":"0","trade":[]}
				"""));
	}

	@Test
	void saveStatementErrorSendsTheReason() throws Exception {
		this.server.enqueue(json(SAVED));

		QinceAck ack = QinceTestSupport.client(this.server)
			.saveStatementError(new StatementErrorLog("CUS000004", "2019-11-25", "客户不存在!", null));

		QinceTestSupport.Sent sent = sent(this.server.takeRequest(), "ksfStatement", "saveStatementError");
		assertThat(sent.body())
			.isEqualTo("{\"customer_code\":\"CUS000004\",\"start_date\":\"2019-11-25\",\"error_reason\":\"客户不存在!\"}");
		assertThat(ack.msgId()).isEqualTo(sent.msgId());
	}

	@Test
	void getCustomersSendsAnEmptyObjectAndReadsTheCustomers() throws Exception {
		// the documented row, and one with use_signature, which the table lists
		this.server.enqueue(json(withData(QUERY_ENVELOPE, """
				[
				    {
				        "customer_code":"8152904002"
				    },
				    {"customer_code":"CUS000029","use_signature":"1"}
				]
				""")));

		List<StatementCustomer> customers = QinceTestSupport.client(this.server).getCustomers();

		QinceTestSupport.Sent sent = sent(this.server.takeRequest(), "ksfStatement", "getCustomers");
		assertThat(sent.body()).isEqualTo("{}");
		assertThat(customers).containsExactly(new StatementCustomer("8152904002", null),
				new StatementCustomer("CUS000029", "1"));
	}

	@Test
	void queryStatementSendsTheMonthAndReadsTheStatementRows() throws Exception {
		this.server.enqueue(json(withData(QUERY_ENVELOPE, STATEMENT_ROWS)));

		List<StatementStatus> rows = QinceTestSupport.client(this.server)
			.queryStatement(new StatementQuery(null, "2019-10", null));

		QinceTestSupport.Sent sent = sent(this.server.takeRequest(), "ksfreport", "queryStatement");
		assertThat(sent.body()).isEqualTo("{\"trade_month\":\"2019-10\"}");
		assertThat(rows).containsExactly(documentedStatementRow());
	}

	@Test
	void saveExpenseSendsTheTableFieldsInOrderAndReturnsTheAck() throws Exception {
		this.server.enqueue(json(SAVED));
		ExpenseStatementTrade trade = new ExpenseStatementTrade("1", "fy2019120502", "", "11",
				List.of(new QinceExt("悟空", "八戒")));
		ExpenseStatement statement = new ExpenseStatement("ksffy2019120502", "CUS000004", "2019-11-25", "2019-11-28",
				"2019-11", "002", "", "", List.of(trade), List.of(new QinceExt("沙师弟", "白龙马")));

		QinceAck ack = QinceTestSupport.client(this.server).saveExpense(statement);

		QinceTestSupport.Sent sent = sent(this.server.takeRequest(), "ksfreport", "saveExpense");
		assertThat(sent.body()).isEqualTo(compact("""
				{
				    "statement_no": "ksffy2019120502",
				    "customer_code": "CUS000004",
				    "start_date": "2019-11-25",
				    "end_date": "2019-11-28",
				    "trade_month":"2019-11",
				    "dept_code": "002",
				    "dept_name":"",
				    "dept_source_code":"",
				    "trade": [{
				            "serial_no": "1",
				            "voucher_no": "fy2019120502",
				            "trade_date": "",
				            "trade_type": "11",
				            "exts": [{
				                    "ext_key": "悟空",
				                    "ext_value": "八戒"
				                    }]
				             }],
				    "exts": [{
				            "ext_key": "沙师弟",
				            "ext_value": "白龙马"
				            }]
				}
				"""));
		assertThat(ack).isEqualTo(new QinceAck(sent.msgId(), "0", null));
	}

	@Test
	void saveExpenseErrorSendsTheReason() throws Exception {
		this.server.enqueue(json(SAVED));

		QinceTestSupport.client(this.server)
			.saveExpenseError(new StatementErrorLog("CUS000004", "2019-11-25", "客户不存在!", "1"));

		QinceTestSupport.Sent sent = sent(this.server.takeRequest(), "ksfreport", "saveExpenseError");
		assertThat(sent.body()).isEqualTo(
				"{\"customer_code\":\"CUS000004\",\"start_date\":\"2019-11-25\",\"error_reason\":\"客户不存在!\",\"error_status\":\"1\"}");
	}

	@Test
	void queryExpenseStatementSendsMonthAndPageAndReadsTheStatementRows() throws Exception {
		this.server.enqueue(json(withData(QUERY_ENVELOPE, STATEMENT_ROWS)));

		List<StatementStatus> rows = QinceTestSupport.client(this.server)
			.queryExpenseStatement(StatementQuery.page("2019-10", 2));

		QinceTestSupport.Sent sent = sent(this.server.takeRequest(), "ksfreport", "queryExpenseStatement");
		assertThat(sent.body()).isEqualTo("{\"trade_month\":\"2019-10\",\"page_number\":\"2\"}");
		assertThat(rows).containsExactly(documentedStatementRow());
	}

	private static StatementStatus documentedStatementRow() {
		return new StatementStatus("7628813591021350683", "FYBJBL8152904002201904", "8152904002", "门店1", "2018-03-15",
				"2018-03-15", "张三", "", "已确认", "1111122", "2018-03-15 19:06:06", "李四", "");
	}

}
