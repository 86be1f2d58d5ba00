package com.qincebridge.qince;

import java.math.BigDecimal;
import java.util.List;

import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static com.qincebridge.qince.QinceTestSupport.TIMESTAMP;
import static com.qincebridge.qince.QinceTestSupport.compact;
import static com.qincebridge.qince.QinceTestSupport.json;
import static com.qincebridge.qince.QinceTestSupport.sent;
import static com.qincebridge.qince.QinceTestSupport.withData;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The prepayment endpoints of both variants: the exact request each one sends, and its
 * documented answer read back.
 */
class QinceClientPrepaymentTests {

	static final String QUERY_ENVELOPE = """
			{
			"return_code": 0,
			"return_msg": "",
			"msg_id": "X0001",
			"response_data":"<<DATA>>"
			}
			""";

	@StartStop
	final MockWebServer server = new MockWebServer();

	@ParameterizedTest
	@CsvSource({ "AP_CP, addApply", "ONLINE_COST, addOnlineCostApply" })
	void addPrepaymentSendsTheApplyAndReturnsTheAck(PrepaymentVariant variant, String operation) throws Exception {
		this.server.enqueue(json("""
				{
				"msg_id": "X0001",
				"return_code": 0,
				"return_msg": "预付款申请新增成功!"
				}
				"""));
		PrepaymentApplyDetail detail = new PrepaymentApplyDetail("SQ202303220075", "6033516322825915357", "0.10",
				List.of(new PrepaymentExtField("文本2", "4"), new PrepaymentExtField("单选1", "选项1,选项2")));
		PrepaymentApply apply = new PrepaymentApply("YFKQB20251100001", "十一月预付", "ns", "222", List.of(detail));

		QinceAck ack = QinceTestSupport.client(this.server).addPrepayment(variant, apply);

		QinceTestSupport.Sent sent = sent(this.server.takeRequest(), "cuxiaoPrepayment", operation);
		assertThat(sent.timestamp()).isEqualTo(TIMESTAMP);
		assertThat(sent.body()).isEqualTo(compact("""
				{"code":"YFKQB20251100001","name":"十一月预付","account":"ns","remark":"222",
				 "details":[{"activity_code":"SQ202303220075","activity_cm_id":"6033516322825915357",
				   "prepayment_amount":"0.10",
				   "ext_fields":[{"name":"文本2","value":"4"},{"name":"单选1","value":"选项1,选项2"}]}]}
				"""));
		assertThat(ack).isEqualTo(new QinceAck(sent.msgId(), "0", "预付款申请新增成功!"));
	}

	@ParameterizedTest
	@CsvSource({ "AP_CP, reverseApply", "ONLINE_COST, reverseOnlineCostApply" })
	void reversePrepaymentSendsCodeAndAccount(PrepaymentVariant variant, String operation) throws Exception {
		this.server.enqueue(json("""
				{
				"return_code": 0,
				"return_msg": "",
				"msg_id": "X0001",
				"response_data": null
				}
				"""));

		QinceAck ack = QinceTestSupport.client(this.server)
			.reversePrepayment(variant, new PrepaymentReversal("YFK2023060600000008", "ns", null));

		QinceTestSupport.Sent sent = sent(this.server.takeRequest(), "cuxiaoPrepayment", operation);
		assertThat(sent.body()).isEqualTo("{\"code\":\"YFK2023060600000008\",\"account\":\"ns\"}");
		assertThat(ack).isEqualTo(new QinceAck(sent.msgId(), "0", ""));
	}

	@ParameterizedTest
	@CsvSource({ "AP_CP, queryList", "ONLINE_COST, queryOnlineCostList" })
	void queryPrepaymentsSendsTheWindowAndPageAndReadsThePrepayments(PrepaymentVariant variant, String operation)
			throws Exception {
		this.server.enqueue(json(withData(QUERY_ENVELOPE, """
				[
				{
				"prepayment_code": "YFK2023060600000008",
				"prepayment_name": "71650002",
				"create_time": "2023-06-06 14:44:42",
				"creator_account": "ns",
				"creator_name": "xx",
				"prepayment_amount": "3.00",
				"flow_status": "0",
				"auditor_account": "",
				"auditor_name": "",
				"audit_time": "",
				"reverse_status": "",
				"reverser_account": "",
				"reverser_name": "",
				"reverse_time": "",
				"operator_name": "",
				"remark": "222"
				}
				]
				""")));

		List<Prepayment> prepayments = QinceTestSupport.client(this.server)
			.queryPrepayments(variant,
					PrepaymentQuery.modifiedBetween("2023-06-01 00:00:00", "2023-06-30 23:59:59", 1, 1000));

		QinceTestSupport.Sent sent = sent(this.server.takeRequest(), "cuxiaoPrepayment", operation);
		assertThat(sent.body()).isEqualTo(compact("""
				{"modify_from":"2023-06-01 00:00:00","modify_to":"2023-06-30 23:59:59","page":"1","rows":"1000"}
				"""));
		assertThat(prepayments).containsExactly(new Prepayment("YFK2023060600000008", "71650002", "2023-06-06 14:44:42",
				"ns", "xx", new BigDecimal("3.00"), "0", "", "", "", "", "", "", "", "", "222", null));
	}

	@ParameterizedTest
	@CsvSource({ "AP_CP, queryDetailList", "ONLINE_COST, queryOnlineCostDetailList" })
	void queryPrepaymentDetailsReadsAmountsAndKeepsExtDataAsJson(PrepaymentVariant variant, String operation)
			throws Exception {
		this.server.enqueue(json(withData(QUERY_ENVELOPE, PrepaymentFixtures.DETAIL_ROWS)));

		List<PrepaymentDetail> details = QinceTestSupport.client(this.server)
			.queryPrepaymentDetails(variant, PrepaymentDetailQuery.of("YFK2023061300000010", 1, 1000));

		QinceTestSupport.Sent sent = sent(this.server.takeRequest(), "cuxiaoPrepayment", operation);
		assertThat(sent.body())
			.isEqualTo("{\"prepayment_code\":\"YFK2023061300000010\",\"page\":\"1\",\"rows\":\"1000\"}");
		assertThat(details).singleElement().satisfies((detail) -> {
			assertThat(detail.id()).isEqualTo("7443692480703869490");
			assertThat(detail.prepaymentCode()).isEqualTo("YFK2023061300000010");
			assertThat(detail.activityCode()).isEqualTo("SQ202303220075");
			assertThat(detail.activityCmId()).isEqualTo("6033516322825915357");
			assertThat(detail.activityCmAmount()).isEqualTo(new BigDecimal("1.01"));
			assertThat(detail.prepaidAmount()).isEqualTo(new BigDecimal("0.10"));
			assertThat(detail.prepaymentAmount()).isEqualTo(new BigDecimal("0.10"));
			assertThat(detail.verifiedAmount()).isEqualTo(BigDecimal.ZERO);
			assertThat(detail.verifyingAmount()).isEqualTo(BigDecimal.ZERO);
			assertThat(detail.extData()).isNotNull();
			assertThat(detail.extData().get("商品单选").get("code").asString()).isEqualTo("SP202109150005");
			assertThat(detail.extData().get("客户单选").get("name").asString()).isEqualTo("hts001的门店002");
			assertThat(detail.extData().get("文本2").asString()).isEqualTo("4");
			assertThat(detail.extData().get("单选1").asString()).isEqualTo("选项2");
		});
	}

	@ParameterizedTest
	@CsvSource({ "AP_CP, cuxiaoPrepayment", "ONLINE_COST, cuxiaoOnLineCostPrepayment" })
	void updatePrepaymentExtFieldsSendsOneEntryPerLineAndField(PrepaymentVariant variant, String module)
			throws Exception {
		this.server.enqueue(json("""
				{
				"return_code": "0",
				"return_msg": "",
				"msg_id": "X000001"
				}
				"""));
		PrepaymentExtUpdate update = new PrepaymentExtUpdate("YFK2023061300000010", null,
				List.of(new PrepaymentLineExt("文本2", "5", "7443692480703869490"),
						new PrepaymentLineExt("客户单选", "CUS000033", "7443692480703869490")));

		QinceAck ack = QinceTestSupport.client(this.server).updatePrepaymentExtFields(variant, update);

		QinceTestSupport.Sent sent = sent(this.server.takeRequest(), module, "extFiledUpdate");
		assertThat(sent.body()).isEqualTo(compact("""
				{"prepayment_code":"YFK2023061300000010",
				 "ext_list":[{"ext_key":"文本2","ext_value":"5","prepayment_cm_id":"7443692480703869490"},
				   {"ext_key":"客户单选","ext_value":"CUS000033","prepayment_cm_id":"7443692480703869490"}]}
				"""));
		assertThat(ack).isEqualTo(new QinceAck(sent.msgId(), "0", ""));
	}

	@Test
	void queryPrepaymentEndRecordsReadsTheApCpCloseRecords() throws Exception {
		this.server.enqueue(json(withData(QUERY_ENVELOPE, PrepaymentFixtures.END_RECORD_ROWS)));

		List<PrepaymentEndRecord> records = QinceTestSupport.client(this.server)
			.queryPrepaymentEndRecords(
					PrepaymentEndRecordQuery.closedBetween("2023-06-01 00:00:00", "2023-06-30 23:59:59", 2, 100));

		QinceTestSupport.Sent sent = sent(this.server.takeRequest(), "cuxiaoPrepayment", "queryEndRecordList");
		assertThat(sent.body()).isEqualTo(compact("""
				{"start_date":"2023-06-01 00:00:00","end_date":"2023-06-30 23:59:59","page":"2","rows":"100"}
				"""));
		BigDecimal amount = new BigDecimal("111");
		assertThat(records).containsExactly(new PrepaymentEndRecord("YFK2023060600000008", "2023-06-06 14:44:42", "asd",
				"ns", "xx", "SQ123", "撒旦", "十分大", "1231", "阿斯顿", amount, amount, amount, amount));
	}

	@Test
	void queryOnlineCostEndRecordsReadsNumbersAndEmptyStringsAsAmounts() throws Exception {
		this.server.enqueue(json(withData(QUERY_ENVELOPE, PrepaymentFixtures.ONLINE_COST_END_RECORD_ROWS)));

		List<OnlineCostEndRecord> records = QinceTestSupport.client(this.server)
			.queryOnlineCostEndRecords(
					new PrepaymentEndRecordQuery(null, null, null, "SQ202408220019", null, null, null));

		QinceTestSupport.Sent sent = sent(this.server.takeRequest(), "cuxiaoPrepayment",
				"queryOnlineCostEndRecordList");
		assertThat(sent.body()).isEqualTo("{\"activity_code\":\"SQ202408220019\"}");
		assertThat(records)
			.containsExactly(new OnlineCostEndRecord("6056838570053526794", "GBYFK2024082900000001", "2024-08-29 16:28",
					null, "闫沛", "", "SQ202408220019", "08220001", "淘宝", "带公示计算-淘宝、pdd", "2024-08-15 ~ 2024-08-31",
					new BigDecimal("30.00"), new BigDecimal("30"), null, new BigDecimal("30.00")));
	}

}
