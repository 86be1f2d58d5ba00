package com.qincebridge.push;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import com.qincebridge.cli.OpsTestSupport;
import com.qincebridge.qince.PrepaymentApply;
import com.qincebridge.qince.PrepaymentApplyDetail;
import com.qincebridge.qince.PrepaymentVariant;
import com.qincebridge.qince.QinceClient;
import com.qincebridge.sandbox.DataSetSpec;
import com.qincebridge.sandbox.ErpCustomer;
import com.qincebridge.sandbox.Fault;
import com.qincebridge.sandbox.Push;
import com.qincebridge.sandbox.PushAnswer;
import com.qincebridge.sandbox.Sandbox;
import com.qincebridge.sandbox.SandboxSettings;
import com.qincebridge.sandbox.SavedStatement;
import com.qincebridge.sandbox.StatementKind;
import com.qincebridge.sandbox.Trigger;
import com.qincebridge.support.BridgeIntegrationTest;
import com.qincebridge.support.SandboxConnection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /qince/push} on a real web server, with pushes signed (or not) by the
 * sandbox's Qince: re-syncs of exactly the listed customers, replays, forgeries,
 * malformed forms, coalesced duplicates; and the ops endpoints.
 */
@BridgeIntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.main.web-application-type=servlet", QincePushIntegrationTests.SCRAPER })
@ExtendWith(OutputCaptureExtension.class)
class QincePushIntegrationTests {

	/**
	 * Prometheus is behind the console's users: a scraper, password "scrape"
	 * (hash-password).
	 */
	static final String SCRAPER = "bridge.console.users.scraper.password="
			+ "{bcrypt}$2a$10$r2ts2pIwDtAdGfIwvj3QtetcBBK8kY50zXl8EooWbsJMrDDbrTth2\n"
			+ "bridge.console.users.scraper.role=VIEWER";

	@SandboxConnection
	static final Sandbox sandbox = Sandbox.start(SandboxSettings.defaults()
		.withData(DataSetSpec.defaults()
			.withSize(500)
			.withMonths(List.of(YearMonth.of(2025, 9)))
			.withCompanies(1)
			.withCustomersPerCompany(6)
			.withKnownCustomerShare(1.0)));

	@AfterAll
	static void stop() {
		sandbox.close();
	}

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	QinceClient qince;

	@Autowired
	PushProcessor processor;

	@BeforeEach
	void clean() {
		sandbox.reset();
		OpsTestSupport.clean(this.jdbc);
		for (String table : List.of("prepayment", "prepayment_line")) {
			this.jdbc.sql("DELETE FROM " + table).update();
		}
	}

	@Test
	void aSignedStatementPushReSyncsExactlyThoseCustomersAndIsAnsweredAtOnce() throws Exception {
		List<String> customers = customers(2);
		Push push = Push.statementResync(StatementKind.GOODS, String.join(",", customers), "2025-09-01", "2025-09-30");

		// the re-sync's calls to Qince wait for the answer: it comes before any of the
		// work
		CountDownLatch answered = new CountDownLatch(1);
		AtomicBoolean waitedInVain = new AtomicBoolean();
		sandbox.qince().onCall((endpoint, nanoTime) -> {
			if (!await(answered)) {
				waitedInVain.set(true);
			}
		});
		PushAnswer answer;
		try {
			answer = push(push);
			assertThat(state(push.msgId())).isEqualTo("RECEIVED");
			assertThat(sandbox.qince().statements(StatementKind.GOODS)).isEmpty();
		}
		finally {
			answered.countDown();
		}

		assertThat(waitedInVain).as("a call to Qince the answer waited for").isFalse();
		assertThat(answer.httpStatus()).isEqualTo(200);
		assertThat(answer.body()).isEqualTo("{\"return_code\":0}");
		assertThat(awaitProcessed(push.msgId())).isEqualTo("DONE");
		assertThat(sandbox.qince().statements(StatementKind.GOODS)).extracting(SavedStatement::customerCode)
			.containsExactlyInAnyOrderElementsOf(customers);
		assertThat(sandbox.qince().statements(StatementKind.EXPENSE)).isEmpty();
		assertThat(this.jdbc.sql("SELECT DISTINCT customer_code FROM statement_ledger").query(String.class).list())
			.containsExactlyInAnyOrderElementsOf(customers);
		assertThat(OpsTestSupport.instances(this.jdbc, "statementJob")).isOne();
	}

	@Test
	void anExpensePushOverTwoMonthsRunsEachMonthForItsDays() throws Exception {
		List<String> customers = customers(1);
		Push push = Push.statementResync(StatementKind.EXPENSE, customers.get(0), "2025-08-20", "2025-09-10");

		assertThat(push(push).accepted()).isTrue();

		assertThat(awaitProcessed(push.msgId())).isEqualTo("DONE");
		assertThat(this.jdbc.sql("""
				SELECT p.PARAMETER_NAME, p.PARAMETER_VALUE FROM BATCH_JOB_EXECUTION_PARAMS p
				JOIN BATCH_JOB_EXECUTION e ON e.JOB_EXECUTION_ID = p.JOB_EXECUTION_ID
				JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID
				WHERE i.JOB_NAME = 'expenseJob' AND p.PARAMETER_NAME IN ('trade_month', 'from', 'to')""")
			.query((rs, row) -> rs.getString(1) + "=" + rs.getString(2))
			.list()).containsExactlyInAnyOrder("trade_month=2025-08", "from=2025-08-20", "to=2025-08-31",
					"trade_month=2025-09", "from=2025-09-01", "to=2025-09-10");
	}

	@Test
	void aSecondDeliveryOfAStoredMsgIdIsAnsweredZeroAndStartsNothing() throws Exception {
		Push push = Push.statementResync(StatementKind.GOODS, customers(1).get(0), "2025-09-01", "2025-09-30");
		assertThat(push(push).accepted()).isTrue();
		assertThat(awaitProcessed(push.msgId())).isEqualTo("DONE");
		int saves = sandbox.qince().calls("saveStatement");

		PushAnswer again = push(push.asRetry("2025-10-01 02:00:00"));

		assertThat(again.body()).isEqualTo("{\"return_code\":0}");
		Thread.sleep(500);
		assertThat(OpsTestSupport.instances(this.jdbc, "statementJob")).isOne();
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION").query(Long.class).single()).isOne();
		assertThat(sandbox.qince().calls("saveStatement")).isEqualTo(saves);
	}

	@Test
	void forgedAndMalformedPushesAreAnsweredOneAndStartNothing() throws Exception {
		String customer = customers(1).get(0);
		Push signed = Push.statementResync(StatementKind.GOODS, customer, "2025-09-01", "2025-09-30");
		List<Push> refused = List.of(signed.withDigest("0123456789abcdef0123456789abcdef"),
				signed.withDigest("").withMsgId("forged2"),
				Push.of("ksf_statement", "{\"customer_code\": \"" + customer + "\", \"start_date\": "),
				Push.statementResync(StatementKind.GOODS, customer, "2025-13-01", "2025-09-30"),
				Push.statementResync(StatementKind.GOODS, customer, "2025-09-30", "2025-09-01"),
				Push.statementResync(StatementKind.GOODS, " , ", "2025-09-01", "2025-09-30"),
				Push.statementResync(StatementKind.GOODS, customer, "2024-01-01", "2025-09-30"), signed.withMsgId(""),
				signed.withTimestamp("yesterday"));

		for (Push push : refused) {
			PushAnswer answer = push(push);
			assertThat(answer.httpStatus()).isEqualTo(200);
			assertThat(answer.body()).as(push.toString()).isEqualTo("{\"return_code\":1}");
		}

		Thread.sleep(500);
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM qince_push").query(Long.class).single()).isZero();
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM BATCH_JOB_INSTANCE").query(Long.class).single()).isZero();
		assertThat(sandbox.qince().calls("getCustomers")).isZero();
	}

	@Test
	void theSameReSyncPushedTwiceWhileItRunsIsLaunchedOnce() throws Exception {
		sandbox.qince().faults().inject("getCustomers", Fault.latency(Duration.ofSeconds(2)), Trigger.always());
		String customer = customers(1).get(0);
		Push first = Push.statementResync(StatementKind.GOODS, customer, "2025-09-01", "2025-09-30");
		Push second = Push.statementResync(StatementKind.GOODS, customer, "2025-09-01", "2025-09-30");

		assertThat(push(first).accepted()).isTrue();
		assertThat(push(second).accepted()).isTrue();

		assertThat(awaitProcessed(first.msgId())).isEqualTo("DONE");
		assertThat(awaitProcessed(second.msgId())).isEqualTo("COALESCED");
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION").query(Long.class).single()).isOne();
	}

	@Test
	void signedPrepaymentPushesOfBothVariantsChangeTheLedger() throws Exception {
		this.qince.addPrepayment(PrepaymentVariant.AP_CP, prepayment("PA-1", "88.00"));
		this.qince.addPrepayment(PrepaymentVariant.ONLINE_COST, prepayment("PB-1", "12.50"));

		for (String code : List.of("PA-1", "PB-1")) {
			Push created = sandbox.qince().prepaymentChangedPush(code);
			assertThat(push(created).accepted()).isTrue();
			assertThat(awaitProcessed(created.msgId())).startsWith("DONE");
		}
		assertThat(ledger()).containsExactly("PA-1 AP_CP 88.0000 flow 0", "PB-1 ONLINE_COST 12.5000 flow 0");

		for (String code : List.of("PA-1", "PB-1")) {
			sandbox.qince().setFlowStatus(code, "1");
			Push approved = sandbox.qince().prepaymentChangedPush(code);
			assertThat(push(approved).accepted()).isTrue();
			assertThat(awaitProcessed(approved.msgId())).startsWith("DONE");
		}
		assertThat(ledger()).containsExactly("PA-1 AP_CP 88.0000 flow 1", "PB-1 ONLINE_COST 12.5000 flow 1");

		for (String code : List.of("PA-1", "PB-1")) {
			sandbox.qince().deletePrepayment(code);
			Push deleted = sandbox.qince().prepaymentDeletedPush(code);
			assertThat(push(deleted).accepted()).isTrue();
			assertThat(awaitProcessed(deleted.msgId()))
				.isEqualTo("DONE " + code + " is listed by Qince no more: marked deleted");
		}
		assertThat(ledger()).containsExactly("PA-1 AP_CP 88.0000 flow 1 deleted",
				"PB-1 ONLINE_COST 12.5000 flow 1 deleted");
		assertThat(this.jdbc.sql("SELECT DISTINCT state FROM qince_push").query(String.class).list())
			.containsExactly("DONE");
	}

	@Test
	void aLateRedeliveryOfAnOldChangePushLeavesWhatQinceListsNow() throws Exception {
		this.qince.addPrepayment(PrepaymentVariant.AP_CP, prepayment("PA-2", "10.00"));
		Push beforeApproval = sandbox.qince().prepaymentChangedPush("PA-2");
		sandbox.qince().setFlowStatus("PA-2", "1");
		Push afterApproval = sandbox.qince().prepaymentChangedPush("PA-2");

		assertThat(push(afterApproval).accepted()).isTrue();
		assertThat(awaitProcessed(afterApproval.msgId())).startsWith("DONE");
		assertThat(push(beforeApproval).accepted()).isTrue();
		assertThat(awaitProcessed(beforeApproval.msgId())).startsWith("DONE");

		assertThat(ledger()).containsExactly("PA-2 AP_CP 10.0000 flow 1");
	}

	@Test
	void aDeletePushOfAPrepaymentQinceStillListsIsFailedWithTheReason() throws Exception {
		this.qince.addPrepayment(PrepaymentVariant.ONLINE_COST, prepayment("PB-3", "3.00"));
		Push deleted = sandbox.qince().prepaymentDeletedPush("PB-3");

		assertThat(push(deleted).accepted()).isTrue();

		assertThat(awaitProcessed(deleted.msgId())).isEqualTo("FAILED Qince still lists PB-3 ONLINE_COST as Qince "
				+ "lists it now (flow_status 0, 1 lines): not marked deleted");
		assertThat(ledger()).containsExactly("PB-3 ONLINE_COST 3.0000 flow 0");
	}

	@Test
	void forgedOrMalformedPrepaymentPushesChangeNothing() throws Exception {
		this.qince.addPrepayment(PrepaymentVariant.AP_CP, prepayment("PA-4", "4.00"));
		sandbox.qince().setFlowStatus("PA-4", "1");
		List<Push> refused = List.of(
				sandbox.qince().prepaymentChangedPush("PA-4").withDigest("0123456789abcdef0123456789abcdef"),
				sandbox.qince().prepaymentDeletedPush("PA-4").withDigest("0123456789abcdef0123456789abcdef"),
				Push.of("cuxiao_verify_display", "{\"prepayment_code\":\"PA-4\",\"details\":\"none\"}"),
				Push.of("cuxiao_verify_display", "{\"prepayment_code\": "),
				Push.of("cuxiao_verify_display", "[\"PA-4\"]"),
				Push.of("cuxiao_prepayment_delete", "{\"customer_code\":\"PA-4\",\"start_date\":\"2025-09-01\"}"));

		for (Push push : refused) {
			assertThat(push(push).body()).as(push.toString()).isEqualTo("{\"return_code\":1}");
		}

		Thread.sleep(500);
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM qince_push").query(Long.class).single()).isZero();
		assertThat(ledger()).isEmpty();
		assertThat(sandbox.qince().calls("queryList")).isZero();
	}

	@Test
	void aReplayOfAStoredDigestUnderAnotherMsgIdAndDataTypeStartsNothing(CapturedOutput output) throws Exception {
		Push push = Push.statementResync(StatementKind.GOODS, customers(1).get(0), "2025-09-01", "2025-09-30");
		PushAnswer first = push(push);
		assertThat(awaitProcessed(push.msgId())).isEqualTo("DONE");
		Push replay = new Push("replay" + push.msgId().substring(6), push.dataId(), "001", "json", "biz",
				first.form().get("timestamp"), "0", "", "ksf_expense", push.data(), null);

		PushAnswer again = push(replay);

		assertThat(again.form().get("digest")).isEqualTo(first.form().get("digest"));
		assertThat(again.body()).isEqualTo("{\"return_code\":0}");
		Thread.sleep(500);
		assertThat(this.jdbc.sql("SELECT msg_id FROM qince_push").query(String.class).list())
			.containsExactly(push.msgId());
		assertThat(OpsTestSupport.instances(this.jdbc, "expenseJob")).isZero();
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION").query(Long.class).single()).isOne();
		assertThat(output).contains("Push " + replay.msgId() + " (ksf_expense) was delivered again: push "
				+ push.msgId() + " has the same data and timestamp; it starts nothing");
	}

	@Test
	void timestampsOutsideQincesRedeliveryWindowAreRefused(CapturedOutput output) throws Exception {
		long now = System.currentTimeMillis();
		Push old = Push.of("cuxiao_prepayment_delete", "{\"prepayment_code\":\"GONE-1\"}")
			.withTimestamp(Long.toString(now - Duration.ofDays(12).toMillis()));
		Push future = Push.of("cuxiao_prepayment_delete", "{\"prepayment_code\":\"GONE-2\"}")
			.withTimestamp(Long.toString(now + Duration.ofHours(1).toMillis()));
		Push redelivered = Push.of("cuxiao_prepayment_delete", "{\"prepayment_code\":\"GONE-3\"}")
			.asRetry("2025-10-01 01:30:00")
			.withTimestamp(Long.toString(now - Duration.ofDays(10).plusHours(2).toMillis()));

		assertThat(push(old).body()).isEqualTo("{\"return_code\":1}");
		assertThat(push(future).body()).isEqualTo("{\"return_code\":1}");
		assertThat(push(redelivered).body()).isEqualTo("{\"return_code\":0}");

		assertThat(awaitProcessed(redelivered.msgId())).startsWith("DONE");
		assertThat(this.jdbc.sql("SELECT msg_id FROM qince_push").query(String.class).list())
			.containsExactly(redelivered.msgId());
		assertThat(output).contains("Push " + old.msgId() + " (cuxiao_prepayment_delete) refused: the timestamp ")
			.contains("is older than 11 days (Qince redelivers a push for 10 days)")
			.contains("Push " + future.msgId() + " (cuxiao_prepayment_delete) refused: the timestamp ")
			.contains("lies in the future (more than 5m ahead)");
	}

	@Test
	void oversizedUndecodableAndNonFormBodiesAreAnsweredOneOnOneLogLine(CapturedOutput output) throws Exception {
		String huge = "msgId=big5mb&dataType=cuxiao_prepayment_delete&timestamp=" + System.currentTimeMillis()
				+ "&digest=0123456789abcdef0123456789abcdef&data=" + URLEncoder
					.encode("{\"prepayment_code\":\"" + "X".repeat(5 * 1024 * 1024) + "\"}", StandardCharsets.UTF_8);
		String notUtf8 = "msgId=badutf8&dataType=cuxiao_prepayment_delete&timestamp=" + System.currentTimeMillis()
				+ "&digest=0123456789abcdef0123456789abcdef&data=%7B%22prepayment_code%22%3A%22%FF%FE%22%7D";

		HttpResponse<String> tooLarge = post("application/x-www-form-urlencoded", huge);
		HttpResponse<String> undecodable = post("application/x-www-form-urlencoded;charset=UTF-8", notUtf8);
		HttpResponse<String> json = post("application/json", "{\"msgId\":\"json1\"}");

		for (HttpResponse<String> answer : List.of(tooLarge, undecodable, json)) {
			assertThat(answer.statusCode()).isEqualTo(200);
			assertThat(answer.body()).isEqualTo("{\"return_code\":1}");
		}
		assertThat(output)
			.contains("Push big5mb (cuxiao_prepayment_delete) refused: the body is larger than 2097152 bytes")
			.contains("Push badutf8 (cuxiao_prepayment_delete) refused: data is not UTF-8")
			.contains("Push ? (?) refused: Content-Type is application/json, not application/x-www-form-urlencoded")
			.doesNotContain("at org.apache")
			.doesNotContain("Exception");
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM qince_push").query(Long.class).single()).isZero();
	}

	@Test
	void pushesStoredBeyondAnyQueueLengthAreAllProcessed() throws Exception {
		// as if stored while serve was down, or faster than they can be processed
		for (int i = 1; i <= 700; i++) {
			this.jdbc.sql(
					"INSERT INTO qince_push (msg_id, data_type, data, state) VALUES (?, 'cuxiao_prepayment_delete', ?, "
							+ "'RECEIVED')")
				.params("stored" + i, "{\"prepayment_code\":\"GONE-" + i + "\"}")
				.update();
		}

		this.processor.wake();

		long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
		while (this.processor.resumeReceived() > 0 && System.nanoTime() < deadline) {
			Thread.sleep(200);
		}
		assertThat(this.jdbc.sql("SELECT state, COUNT(*) FROM qince_push GROUP BY state")
			.query((rs, row) -> rs.getString(1) + " " + rs.getLong(2))
			.list()).containsExactly("DONE 700");
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM prepayment WHERE deleted = 1").query(Long.class).single())
			.isEqualTo(700);
	}

	@Test
	void aPushListingMoreCustomersThanOneRunCanNameIsSplitIntoRuns() throws Exception {
		List<String> customers = new java.util.ArrayList<>(customers(2));
		for (int i = 1; i <= 400; i++) {
			customers.add(String.format("ZZ-%06d", i));
		}
		Push push = Push.statementResync(StatementKind.GOODS, String.join(",", customers), "2025-09-01", "2025-09-30");

		assertThat(push(push).accepted()).isTrue();

		assertThat(awaitProcessed(push.msgId())).startsWith("DONE");
		List<String> named = this.jdbc
			.sql("SELECT PARAMETER_VALUE FROM BATCH_JOB_EXECUTION_PARAMS WHERE PARAMETER_NAME = 'customers'")
			.query(String.class)
			.list();
		assertThat(named).hasSize(2).allSatisfy((value) -> assertThat(value.length()).isLessThanOrEqualTo(2500));
		assertThat(named.stream().flatMap((value) -> java.util.Arrays.stream(value.split(","))))
			.containsExactlyInAnyOrderElementsOf(customers);
		assertThat(sandbox.qince().statements(StatementKind.GOODS)).extracting(SavedStatement::customerCode)
			.containsExactlyInAnyOrderElementsOf(customers(2));
	}

	@Test
	void healthAndPrometheusMetricsWithSpringBatchAreServed() throws Exception {
		Push push = Push.statementResync(StatementKind.GOODS, customers(1).get(0), "2025-09-01", "2025-09-30");
		assertThat(push(push).accepted()).isTrue();
		assertThat(awaitProcessed(push.msgId())).isEqualTo("DONE");

		HttpResponse<String> health = get("/actuator/health");
		HttpResponse<String> metrics = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/actuator/prometheus"))
				.header("Authorization",
						"Basic " + java.util.Base64.getEncoder().encodeToString("scraper:scrape".getBytes()))
				.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(health.body()).contains("\"status\":\"UP\"");
		assertThat(metrics.statusCode()).isEqualTo(200);
		assertThat(metrics.body()).contains("spring_batch_job").contains("job_name=\"statementJob\"");
	}

	private String state(String msgId) {
		return this.jdbc.sql("SELECT state FROM qince_push WHERE msg_id = ?").param(msgId).query(String.class).single();
	}

	/** Whether the latch opened within 30 s. */
	private static boolean await(CountDownLatch latch) {
		try {
			return latch.await(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private List<String> customers(int count) {
		return sandbox.erp().data().knownCustomers().stream().map(ErpCustomer::code).limit(count).toList();
	}

	private PushAnswer push(Push push) {
		return sandbox.qince().push(URI.create("http://127.0.0.1:" + this.port + "/qince/push"), push);
	}

	private HttpResponse<String> post(String contentType, String body) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/qince/push"))
				.header("Content-Type", contentType)
				.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.ISO_8859_1))
				.build(), HttpResponse.BodyHandlers.ofString());
	}

	private List<String> ledger() {
		return this.jdbc
			.sql("SELECT prepayment_code, variant, prepayment_amount, flow_status, deleted FROM prepayment "
					+ "ORDER BY prepayment_code")
			.query((rs, row) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) + " flow "
					+ rs.getString(4) + ((rs.getInt(5) == 1) ? " deleted" : ""))
			.list();
	}

	private static PrepaymentApply prepayment(String code, String amount) {
		return new PrepaymentApply(code, "促销 " + code, "fin01", "备注",
				List.of(new PrepaymentApplyDetail("SQ1", "cm-" + code, amount, List.of())));
	}

	private HttpResponse<String> get(String path) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path)).build(),
					HttpResponse.BodyHandlers.ofString());
	}

	private String awaitProcessed(String msgId) throws InterruptedException {
		Set<String> processing = Set.of("RECEIVED");
		long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
		while (System.nanoTime() < deadline) {
			List<String> state = this.jdbc.sql("SELECT state FROM qince_push WHERE msg_id = ?")
				.param(msgId)
				.query(String.class)
				.list();
			if (!state.isEmpty() && !processing.contains(state.get(0))) {
				return state.get(0) + this.jdbc.sql("SELECT result FROM qince_push WHERE msg_id = ?")
					.param(msgId)
					.query(String.class)
					.list()
					.stream()
					.filter((result) -> !result.endsWith("COMPLETED") && !result.contains("queued"))
					.map((result) -> " " + result)
					.collect(Collectors.joining());
			}
			Thread.sleep(100);
		}
		return "still RECEIVED after 90 s";
	}

}
