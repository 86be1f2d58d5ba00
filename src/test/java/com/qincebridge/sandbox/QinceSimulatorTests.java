package com.qincebridge.sandbox;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static com.qincebridge.sandbox.ErpSimulatorTests.resource;
import static com.qincebridge.sandbox.SandboxTestSupport.postQince;
import static org.assertj.core.api.Assertions.assertThat;

/** The Qince simulator on the wire, against the documents' examples. */
class QinceSimulatorTests {

	private final Sandbox sandbox = Sandbox.start();

	@AfterEach
	void close() {
		this.sandbox.close();
	}

	@Test
	void theOfficialTestVectorSigns() {
		String body = "{\"org_id\":\"ORG001\",\"org_name\":\"南京掌控网络\",\"org_parent_id\":\"\",\"org_sequence\":001}";
		assertThat(QinceSignature.digest(body, "BFCO0PAgIUgd50c0l6", "20150806142836"))
			.isEqualTo("74267bf0cae0998a719879ec9b3c7780");
	}

	@Test
	void theDocumentedStatementIsSavedAndQueriedInTheDocumentedShapes() throws IOException {
		JsonNode saved = postQince(this.sandbox, "ksfStatement", "saveStatement",
				resource("qince-save-statement-request.json").toString())
			.json();
		assertThat(saved.propertyNames()).containsExactly("msg_id", "return_code");
		assertThat(saved.get("return_code").isNumber()).isTrue();
		assertThat(saved.get("return_code").intValue()).isZero();
		assertThat(this.sandbox.qince().statement("hk002")).hasValueSatisfying((statement) -> {
			assertThat(statement.customerCode()).isEqualTo("CUS000029");
			assertThat(statement.tradeMonth()).isEqualTo("2019-11");
			assertThat(statement.saveCount()).isEqualTo(1);
			assertThat(statement.content().get("trade").get(0).get("voucher_no").stringValue()).isEqualTo("pz11");
		});
		SandboxTestSupport.HttpAnswer query = postQince(this.sandbox, "ksfreport", "queryStatement",
				"{\"trade_month\": \"2019-11\"}");
		assertThat(query.json().get("return_code").stringValue()).isEqualTo("0");
		assertThat(query.json().get("response_data").isString()).isTrue();
		JsonNode documentedRow = resource("qince-query-statement-data.json").get(0);
		assertThat(query.data()).singleElement().satisfies((row) -> {
			assertThat(row.propertyNames()).containsExactlyElementsOf(documentedRow.propertyNames());
			assertThat(row.get("serial_no").stringValue()).isEqualTo("hk002");
			assertThat(row.get("statement_id").stringValue()).hasSize(19).containsOnlyDigits();
			assertThat(row.get("statement_status").stringValue()).isEqualTo("未确认");
		});
	}

	@Test
	void theDocumentedExpenseStatementAndErrorLogAreStored() throws IOException {
		JsonNode saved = postQince(this.sandbox, "ksfreport", "saveExpense",
				resource("qince-save-expense-request.json").toString())
			.json();
		assertThat(saved.get("return_code").intValue()).isZero();
		JsonNode rows = postQince(this.sandbox, "ksfreport", "queryExpenseStatement",
				"{\"trade_month\": \"2019-11\", \"customer_code\": \"CUS000004\"}")
			.data();
		assertThat(rows).singleElement()
			.satisfies((row) -> assertThat(row.get("serial_no").stringValue()).isEqualTo("ksffy2019120502"));
		JsonNode logged = postQince(this.sandbox, "ksfStatement", "saveStatementError",
				resource("qince-save-statement-error-request.json").toString())
			.json();
		assertThat(logged.get("return_code").intValue()).isZero();
		assertThat(this.sandbox.qince().errorLogs()).singleElement().satisfies((log) -> {
			assertThat(log.kind()).isEqualTo(StatementKind.GOODS);
			assertThat(log.errorReason()).isEqualTo("客户不存在!");
		});
	}

	@Test
	void prepaymentAnswersHaveTheDocumentedShapes() {
		JsonNode added = postQince(this.sandbox, "cuxiaoPrepayment", "addApply",
				"{\"code\":\"BR-1\",\"account\":\"fin01\",\"details\":[{\"activity_code\":\"SQ1\",\"prepayment_amount\":\"3\"}]}")
			.json();
		assertThat(added.propertyNames()).containsExactlyInAnyOrder("msg_id", "return_code", "return_msg");
		JsonNode list = postQince(this.sandbox, "cuxiaoPrepayment", "queryList", "{}").data();
		assertThat(list.get(0).propertyNames()).containsExactly("prepayment_code", "prepayment_name", "create_time",
				"creator_account", "creator_name", "prepayment_amount", "flow_status", "auditor_account",
				"auditor_name", "audit_time", "reverse_status", "reverser_account", "reverser_name", "reverse_time",
				"operator_name", "remark");
		assertThat(list.get(0).get("prepayment_amount").stringValue()).isEqualTo("3.00");
		JsonNode details = postQince(this.sandbox, "cuxiaoPrepayment", "queryDetailList",
				"{\"prepayment_code\":\"BR-1\"}")
			.data();
		assertThat(details.get(0).propertyNames()).containsExactly("id", "prepayment_code", "activity_code",
				"activity_cm_id", "activity_cm_amount", "prepaid_amount", "prepayment_amount", "verified_amount",
				"verifying_amount", "ext_data");
		JsonNode reversed = postQince(this.sandbox, "cuxiaoPrepayment", "reverseApply",
				"{\"code\":\"BR-1\",\"account\":\"fin01\"}")
			.json();
		assertThat(reversed.get("return_code").intValue()).isZero();
		assertThat(reversed.get("response_data").isNull()).isTrue();
		JsonNode updated = postQince(this.sandbox, "cuxiaoPrepayment", "extFiledUpdate",
				"{\"prepayment_code\":\"BR-1\",\"ext_list\":[]}")
			.json();
		assertThat(updated.get("return_code").stringValue()).isEqualTo("0");
	}

	@Test
	void answersAreGzippedForClientsThatAcceptItWhenAsked() throws Exception {
		this.sandbox.qince().gzipAnswers(true);
		String body = "{\"trade_month\":\"2025-09\"}";
		String timestamp = SandboxTestSupport.timestamp(this.sandbox);
		SandboxCredentials credentials = this.sandbox.qince().credentials();
		HttpRequest request = HttpRequest
			.newBuilder(URI.create(this.sandbox.qinceBaseUrl() + "/api/ksfreport/v1/queryStatement/"
					+ credentials.qinceOpenid() + "/" + timestamp + "/"
					+ QinceSignature.digest(body, credentials.qinceAppkey(), timestamp) + "/gzip1"))
			.header("Accept-Encoding", "gzip")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		HttpResponse<byte[]> response = HttpClient.newHttpClient()
			.send(request, HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.headers().firstValue("Content-Encoding")).contains("gzip");
		try (var unzipped = new GZIPInputStream(new ByteArrayInputStream(response.body()))) {
			assertThat(new String(unzipped.readAllBytes(), StandardCharsets.UTF_8)).contains("\"return_code\":\"0\"");
		}
	}

	@Test
	void getCustomersAnswersTheConfiguredList() {
		assertThat(postQince(this.sandbox, "ksfStatement", "getCustomers", "{ }").data())
			.extracting((row) -> row.get("customer_code").stringValue())
			.containsExactlyElementsOf(
					this.sandbox.erp().data().knownCustomers().stream().map(ErpCustomer::code).toList());
		this.sandbox.qince().setCustomers(List.of("8152904002"));
		assertThat(postQince(this.sandbox, "ksfStatement", "getCustomers", "{}").data()).singleElement()
			.satisfies((row) -> assertThat(row.get("customer_code").stringValue()).isEqualTo("8152904002"));
	}

	@Test
	void aQueryWithoutTradeMonthAndASaveWithoutNumberAreRefusedAsDocumented() {
		JsonNode query = postQince(this.sandbox, "ksfreport", "queryStatement", "{}").json();
		assertThat(query.get("return_code").intValue()).isEqualTo(1);
		assertThat(query.get("return_msg").stringValue()).isEqualTo("对账月份不能为空!");
		JsonNode save = postQince(this.sandbox, "ksfStatement", "saveStatement",
				"{\"customer_code\":\"C\",\"trade_month\":\"2025-09\"}")
			.json();
		assertThat(save.get("return_code").intValue()).isEqualTo(100608);
		assertThat(save.get("return_msg").stringValue()).isEqualTo("对账单号为空");
	}

	@Test
	void everyCallIsCheckedForOpenidTimestampDigestAndMsgId() {
		String body = "{\"trade_month\":\"2025-09\"}";
		String openid = this.sandbox.qince().credentials().qinceOpenid();
		String appkey = this.sandbox.qince().credentials().qinceAppkey();
		String now = LocalDateTime.now(ShanghaiTime.ZONE).format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss"));
		String goodDigest = QinceSignature.digest(body, appkey, now);
		assertRefused(postQince(this.sandbox, "ksfreport", "queryStatement", openid, now,
				QinceSignature.digest(body, "another-appkey", now), body), "digest");
		assertRefused(postQince(this.sandbox, "ksfreport", "queryStatement", openid, now,
				goodDigest.toUpperCase(Locale.ROOT), body), "digest");
		assertRefused(postQince(this.sandbox, "ksfreport", "queryStatement", "someone-else", now, goodDigest, body),
				"openid");
		String utc = LocalDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss"));
		assertRefused(postQince(this.sandbox, "ksfreport", "queryStatement", openid, utc,
				QinceSignature.digest(body, appkey, utc), body), "timestamp");
		String millis = now.substring(0, 12) + "999";
		assertRefused(postQince(this.sandbox, "ksfreport", "queryStatement", openid, millis,
				QinceSignature.digest(body, appkey, millis), body), "timestamp");
		String url = this.sandbox.qinceBaseUrl() + "/api/ksfreport/v1/queryStatement/" + openid + "/" + now + "/"
				+ goodDigest + "/same-msg-id";
		assertThat(SandboxTestSupport.post(url, body).json().get("return_code").stringValue()).isEqualTo("0");
		assertRefused(SandboxTestSupport.post(url, body), "msg_id");
	}

	@Test
	void anOperationUnderAnotherModuleOrAnotherMethodIsAnHttpError() {
		assertThat(postQince(this.sandbox, "ksfStatement", "queryStatement", "{\"trade_month\":\"2025-09\"}").status())
			.isEqualTo(404);
		assertThat(
				SandboxTestSupport.get(this.sandbox.qinceBaseUrl() + "/api/ksfreport/v1/queryStatement/a/b").status())
			.isEqualTo(404);
		assertThat(SandboxTestSupport
			.get(this.sandbox.qinceBaseUrl() + "/api/ksfreport/v1/queryStatement/a/20250101000000/c/d")
			.status()).isEqualTo(405);
	}

	private static void assertRefused(SandboxTestSupport.HttpAnswer answer, String check) {
		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.json().get("return_code").intValue()).as(answer.body()).isEqualTo(1);
		assertThat(answer.json().get("return_msg").stringValue()).contains(check);
	}

}
