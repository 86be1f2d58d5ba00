package com.qincebridge.serve;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;

import com.qincebridge.cli.JobRuns;
import com.qincebridge.cli.OpsTestSupport;
import com.qincebridge.close.ClosedMonths;
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
import com.qincebridge.support.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code serve} runs several runs at once: while the scheduled run of September is
 * writing back, a signed push re-sync of August sends its statements and completes; both
 * end COMPLETED with exactly the statements and write-backs of their month.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.main.web-application-type=servlet", "bridge.erp.read-timeout=5m" })
@ContextConfiguration(initializers = TestDatabase.class)
class ConcurrentServeRunsIntegrationTests {

	static final YearMonth AUGUST = YearMonth.of(2025, 8);

	static final YearMonth SEPTEMBER = YearMonth.of(2025, 9);

	static final Sandbox sandbox = Sandbox.start(SandboxSettings.defaults()
		.withData(DataSetSpec.defaults()
			.withSize(600)
			.withMonths(List.of(AUGUST, SEPTEMBER))
			.withCompanies(1)
			.withCustomersPerCompany(6)
			.withKnownCustomerShare(1.0)));

	@DynamicPropertySource
	static void apis(DynamicPropertyRegistry registry) {
		OpsTestSupport.apis(registry, sandbox);
		// the simulator closes connections idle for 30 s while the held call waits: the
		// clients retry on a fresh one
		registry.add("bridge.erp.max-attempts", () -> "3");
		registry.add("bridge.qince.max-attempts", () -> "3");
	}

	@AfterAll
	static void stop() {
		sandbox.close();
	}

	@LocalServerPort
	int port;

	@Autowired
	BackgroundRuns runs;

	@Autowired
	JobRuns jobs;

	@Autowired
	ScheduleLocks locks;

	@Autowired
	ClosedMonths closes;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path jobsDir;

	@BeforeEach
	void clean() {
		sandbox.reset();
		OpsTestSupport.clean(this.jdbc);
	}

	@Test
	void aPushReSyncOfAugustCompletesWhileTheScheduledRunOfSeptemberIsWritingBack() throws Exception {
		Files.writeString(this.jobsDir.resolve("schedule.properties"), """
				zone=Asia/Shanghai
				nightly.cron=0 0 2 * * *
				month-end-close.cron=0 0 2 1 1 *
				max-resumes=3
				""");
		ScheduledRuns schedule = new ScheduledRuns(this.runs, this.jobs, this.locks, this.closes,
				new ScheduleSettings.Source(this.jobsDir), "only");
		ScheduleSettings settings = new ScheduleSettings.Source(this.jobsDir).get();
		// the fifth write-back call is held until the push's run is long over
		sandbox.erp().faults().inject("update_third_id", Fault.latency(Duration.ofSeconds(120)), Trigger.onCall(5));
		Instant nightOfSeptember20 = LocalDateTime.of(2025, 9, 20, 2, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant();

		CompletableFuture<Boolean> nightly = CompletableFuture
			.supplyAsync(() -> schedule.tick(ScheduledRuns.NIGHTLY, nightOfSeptember20, settings));
		await("the scheduled September run writing back",
				() -> stepRunning("statementWriteBackStep") && sandbox.erp().calls("update_third_id") >= 5);
		Push push = Push.statementResync(StatementKind.GOODS, String.join(",", customers()), "2025-08-01",
				"2025-08-31");
		PushAnswer answer = sandbox.qince().push(URI.create("http://127.0.0.1:" + this.port + "/qince/push"), push);
		assertThat(answer.body()).isEqualTo("{\"return_code\":0}");
		await("the August re-sync processed", () -> !"RECEIVED".equals(pushState(push.msgId())));

		assertThat(pushState(push.msgId()))
			.as(this.jdbc.sql("SELECT result FROM qince_push").query(String.class).single())
			.isEqualTo("DONE");
		assertThat(statuses(SEPTEMBER)).as("September still writing back when August completed")
			.containsExactly("STARTED");
		assertThat(sandbox.qince().statements(StatementKind.GOODS)).filteredOn((s) -> s.tradeMonth().equals("2025-08"))
			.isNotEmpty();

		assertThat(nightly.get()).isTrue();
		assertThat(statuses(AUGUST)).containsExactly("COMPLETED");
		assertThat(statuses(SEPTEMBER)).containsExactly("COMPLETED");
		for (YearMonth month : List.of(AUGUST, SEPTEMBER)) {
			List<String> verified = this.jdbc
				.sql("SELECT statement_no FROM statement_ledger WHERE kind = 'GOODS' AND trade_month = ? "
						+ "AND state = 'VERIFIED'")
				.param(month.toString())
				.query(String.class)
				.list();
			assertThat(sandbox.qince().statements(StatementKind.GOODS))
				.filteredOn((statement) -> statement.tradeMonth().equals(month.toString()))
				.extracting(SavedStatement::number)
				.as("the statements of " + month)
				.isNotEmpty()
				.containsExactlyInAnyOrderElementsOf(verified);
		}
		assertThat(sandbox.qince().statements(StatementKind.GOODS))
			.allSatisfy((statement) -> assertThat(statement.saveCount()).isOne());
		assertThat(sandbox.erp().writeBacks()).isNotEmpty()
			.allSatisfy((writeBack) -> assertThat(writeBack.repeat()).isOne())
			.hasSize(this.jdbc.sql("SELECT COUNT(*) FROM erp_writeback WHERE state = 'DONE'")
				.query(Integer.class)
				.single());
	}

	private List<String> customers() {
		return sandbox.erp().data().knownCustomers().stream().map(ErpCustomer::code).toList();
	}

	private boolean stepRunning(String step) {
		return !this.jdbc.sql("SELECT STEP_NAME FROM BATCH_STEP_EXECUTION WHERE STEP_NAME = ? AND STATUS = 'STARTED'")
			.param(step)
			.query(String.class)
			.list()
			.isEmpty();
	}

	private String pushState(String msgId) {
		return this.jdbc.sql("SELECT state FROM qince_push WHERE msg_id = ?")
			.param(msgId)
			.query(String.class)
			.optional()
			.orElse("RECEIVED");
	}

	private List<String> statuses(YearMonth month) {
		return this.jdbc.sql("""
				SELECT e.STATUS FROM BATCH_JOB_EXECUTION e
				JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID
				JOIN BATCH_JOB_EXECUTION_PARAMS p ON p.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID
				WHERE i.JOB_NAME = 'statementJob' AND p.PARAMETER_NAME = 'trade_month' AND p.PARAMETER_VALUE = ?
				ORDER BY e.JOB_EXECUTION_ID""").param(month.toString()).query(String.class).list();
	}

	private static void await(String what, BooleanSupplier reached) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
		while (System.nanoTime() < deadline) {
			if (reached.getAsBoolean()) {
				return;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("never reached: " + what);
	}

}
