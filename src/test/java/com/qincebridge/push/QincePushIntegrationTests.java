package com.qincebridge.push;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.qincebridge.support.TestDatabase;
import com.qincebridge.cli.OpsTestSupport;
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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /qince/push} on a real web server, with pushes signed (or not) by the
 * sandbox's Qince: re-syncs of exactly the listed customers, replays, forgeries,
 * malformed forms, coalesced duplicates; and the ops endpoints.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "spring.main.web-application-type=servlet")
@ContextConfiguration(initializers = TestDatabase.class)
class QincePushIntegrationTests {

	static final Sandbox sandbox = Sandbox.start(SandboxSettings.defaults()
		.withData(DataSetSpec.defaults()
			.withSize(500)
			.withMonths(List.of(YearMonth.of(2025, 9)))
			.withCompanies(1)
			.withCustomersPerCompany(6)
			.withKnownCustomerShare(1.0)));

	@DynamicPropertySource
	static void apis(DynamicPropertyRegistry registry) {
		OpsTestSupport.apis(registry, sandbox);
	}

	@AfterAll
	static void stop() {
		sandbox.close();
	}

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void clean() {
		sandbox.reset();
		OpsTestSupport.clean(this.jdbc);
	}

	@Test
	void aSignedStatementPushReSyncsExactlyThoseCustomersAndIsAnsweredAtOnce() throws Exception {
		List<String> customers = customers(2);
		Push push = Push.statementResync(StatementKind.GOODS, String.join(",", customers), "2025-09-01", "2025-09-30");

		long started = System.nanoTime();
		PushAnswer answer = push(push);

		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
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
	void prepaymentPushesAreStoredForThePrepaymentJobsAndStartNothing() throws Exception {
		Push push = Push.of("cuxiao_prepayment_delete", "{\"prepayment_code\":\"YF-1\"}");

		assertThat(push(push).accepted()).isTrue();

		assertThat(this.jdbc.sql("SELECT state FROM qince_push WHERE msg_id = ?")
			.param(push.msgId())
			.query(String.class)
			.single()).isEqualTo("STORED");
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM BATCH_JOB_INSTANCE").query(Long.class).single()).isZero();
	}

	@Test
	void healthAndPrometheusMetricsWithSpringBatchAreServed() throws Exception {
		Push push = Push.statementResync(StatementKind.GOODS, customers(1).get(0), "2025-09-01", "2025-09-30");
		assertThat(push(push).accepted()).isTrue();
		assertThat(awaitProcessed(push.msgId())).isEqualTo("DONE");

		HttpResponse<String> health = get("/actuator/health");
		HttpResponse<String> metrics = get("/actuator/prometheus");

		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(health.body()).contains("\"status\":\"UP\"");
		assertThat(metrics.statusCode()).isEqualTo(200);
		assertThat(metrics.body()).contains("spring_batch_job").contains("job_name=\"statementJob\"");
	}

	private List<String> customers(int count) {
		return sandbox.erp().data().knownCustomers().stream().map(ErpCustomer::code).limit(count).toList();
	}

	private PushAnswer push(Push push) {
		return sandbox.qince().push(URI.create("http://127.0.0.1:" + this.port + "/qince/push"), push);
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
