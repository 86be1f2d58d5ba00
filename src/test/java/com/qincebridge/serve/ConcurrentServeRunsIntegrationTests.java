package com.qincebridge.serve;

import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import com.qincebridge.support.SandboxConnection;
import com.qincebridge.support.BridgeIntegrationTest;
import com.qincebridge.cli.JobRuns;
import com.qincebridge.cli.OpsTestSupport;
import com.qincebridge.close.ClosedMonths;
import com.qincebridge.sandbox.DataSetSpec;
import com.qincebridge.sandbox.ErpDocumentLine;
import com.qincebridge.sandbox.ErpDocumentType;
import com.qincebridge.sandbox.ErpWriteBack;
import com.qincebridge.sandbox.Fault;
import com.qincebridge.sandbox.Gate;
import com.qincebridge.sandbox.Push;
import com.qincebridge.sandbox.PushAnswer;
import com.qincebridge.sandbox.Sandbox;
import com.qincebridge.sandbox.SandboxSettings;
import com.qincebridge.sandbox.SavedStatement;
import com.qincebridge.sandbox.StatementKind;
import com.qincebridge.sandbox.Trigger;
import com.qincebridge.statement.StatementState;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code serve} runs several runs at once: while the scheduled run of September is
 * writing back (one of its calls held at a gate), a signed push re-sync of August sends
 * its statements and completes; then both end COMPLETED with exactly the statements and
 * write-backs of their month, each sent once.
 */
@BridgeIntegrationTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.main.web-application-type=servlet",
				// the held write-back call waits for the whole August run
				"bridge.erp.read-timeout=3m" })
class ConcurrentServeRunsIntegrationTests {

	static final YearMonth AUGUST = YearMonth.of(2025, 8);

	static final YearMonth SEPTEMBER = YearMonth.of(2025, 9);

	static final Duration PATIENCE = Duration.ofMinutes(3);

	@SandboxConnection
	static final Sandbox sandbox = Sandbox.start(SandboxSettings.defaults()
		.withData(DataSetSpec.defaults()
			.withSize(600)
			.withMonths(List.of(AUGUST, SEPTEMBER))
			.withCompanies(1)
			.withCustomersPerCompany(6)
			.withKnownCustomerShare(1.0)
			.withMalformedRate(0.0)));

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
		Gate gate = new Gate();
		// one endpoint, so that exactly one call is held: September's, August has not
		// started when it arrives
		sandbox.erp().faults().inject("FB_RECEIVABLE/update_third_id", Fault.heldAt(gate), Trigger.onCall(5));
		Instant nightOfSeptember20 = LocalDateTime.of(2025, 9, 20, 2, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant();

		CompletableFuture<Boolean> nightly = CompletableFuture
			.supplyAsync(() -> schedule.tick(ScheduledRuns.NIGHTLY, nightOfSeptember20, settings));
		PushAnswer answer;
		Push push = Push.statementResync(StatementKind.GOODS, String.join(",", customers()), "2025-08-01",
				"2025-08-31");
		try {
			await("a September write-back held", () -> gate.waiting() == 1);
			assertThat(statuses("statementJob", AUGUST)).isEmpty();
			answer = sandbox.qince().push(URI.create("http://127.0.0.1:" + this.port + "/qince/push"), push);
			await("the August re-sync processed", () -> !"RECEIVED".equals(pushState(push.msgId())));

			assertThat(pushState(push.msgId())).as(pushResult(push.msgId())).isEqualTo("DONE");
			assertThat(statuses("statementJob", AUGUST)).containsExactly("COMPLETED");
			assertThat(statuses("statementJob", SEPTEMBER)).as("September still writing back when August completed")
				.containsExactly("STARTED");
			assertThat(runningSteps("statementJob", SEPTEMBER)).containsExactly("statementWriteBackStep");
			assertThat(gate.waiting()).isOne();
			assertThat(nightly).isNotDone();
		}
		finally {
			gate.open();
		}

		assertThat(answer.body()).isEqualTo("{\"return_code\":0}");
		assertThat(nightly.get(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();
		assertThat(gate.held()).isOne();
		assertThat(statuses("statementJob", AUGUST)).containsExactly("COMPLETED");
		assertThat(statuses("statementJob", SEPTEMBER)).containsExactly("COMPLETED");
		assertThat(statuses("expenseJob", SEPTEMBER)).containsExactly("COMPLETED");
		assertThat(OpsTestSupport.instances(this.jdbc, "monthEndCloseJob")).as("nothing to resume").isZero();
		for (YearMonth month : List.of(AUGUST, SEPTEMBER)) {
			assertExactStatements(month);
			assertWrittenBack(month);
		}
		assertThat(sandbox.qince().statements(StatementKind.EXPENSE)).isNotEmpty()
			.allSatisfy((statement) -> assertThat(statement.tradeMonth()).isEqualTo("2025-09"));
		assertThat(Stream.of(StatementKind.values()).flatMap((kind) -> sandbox.qince().statements(kind).stream()))
			.allSatisfy((statement) -> assertThat(statement.saveCount()).as(statement.number()).isOne());
		assertThat(sandbox.erp().writeBacks()).allSatisfy((writeBack) -> assertThat(writeBack.repeat()).isOne())
			.hasSize(this.jdbc.sql("SELECT COUNT(*) FROM erp_writeback WHERE state = 'DONE'")
				.query(Integer.class)
				.single());
	}

	/**
	 * Qince holds exactly the goods statements of the month that DESIGN.md's rules make
	 * of the ERP's lines, with their sums, and so does our ledger, every one verified.
	 */
	private void assertExactStatements(YearMonth month) {
		Map<String, Expected> expected = expected(month);
		assertThat(expected).as("statements of " + month).hasSizeGreaterThanOrEqualTo(5);
		List<SavedStatement> saved = goodsStatements(month);
		assertThat(saved).extracting(SavedStatement::number)
			.as("the statements of " + month)
			.containsExactlyInAnyOrderElementsOf(expected.keySet());
		for (SavedStatement statement : saved) {
			Expected want = expected.get(statement.number());
			JsonNode content = statement.content();
			// neither month had a previous month in the ledger when it was built
			assertThat(money(content, "begin_balance")).as(statement.number()).isEqualByComparingTo("0");
			assertThat(money(content, "zchje")).as(statement.number()).isEqualByComparingTo(want.shipments());
			assertThat(money(content, "zthje")).as(statement.number()).isEqualByComparingTo(want.returns());
			assertThat(money(content, "zjkje")).as(statement.number()).isEqualByComparingTo(want.receipts());
			assertThat(money(content, "zqmye")).as(statement.number()).isEqualByComparingTo(want.end());
		}
		assertThat(this.jdbc
			.sql("SELECT statement_no FROM statement_ledger WHERE kind = 'GOODS' AND trade_month = ? " + "AND state = '"
					+ StatementState.VERIFIED.name() + "'")
			.param(month.toString())
			.query(String.class)
			.list()).containsExactlyInAnyOrderElementsOf(expected.keySet());
	}

	/**
	 * Every goods line of the month carries its statement's Qince id, every order its
	 * statement number, and nothing else of those lines was written.
	 */
	private void assertWrittenBack(YearMonth month) {
		Map<String, String> statementIds = new TreeMap<>();
		goodsStatements(month).forEach((statement) -> statementIds.put(statement.number(), statement.statementId()));
		Set<String> expected = new HashSet<>();
		goodsLines(month).forEach((line) -> {
			String number = number(month, line);
			if (statementIds.containsKey(number)) {
				expected.add(written(line.type(), ErpWriteBack.Kind.VOUCHER_NO, line.orderId(), number));
				expected
					.add(written(line.type(), ErpWriteBack.Kind.THIRD_ID, line.detailId(), statementIds.get(number)));
			}
		});
		Set<String> ids = new HashSet<>();
		goodsLines(month).forEach((line) -> {
			ids.add(line.orderId());
			ids.add(line.detailId());
		});
		List<String> actual = new ArrayList<>();
		for (ErpWriteBack writeBack : sandbox.erp().writeBacks()) {
			if (ids.contains(writeBack.id())) {
				actual.add(written(writeBack.type(), writeBack.kind(), writeBack.id(), writeBack.value()));
			}
		}
		assertThat(actual).as("the write-backs of " + month).containsExactlyInAnyOrderElementsOf(expected);
	}

	private static String written(ErpDocumentType type, ErpWriteBack.Kind kind, String id, String value) {
		return type + " " + kind + " " + id + " = " + value;
	}

	/**
	 * The goods statements of the month, computed from the generated lines by DESIGN.md's
	 * rules.
	 */
	private static Map<String, Expected> expected(YearMonth month) {
		Map<String, Expected> expected = new TreeMap<>();
		goodsLines(month).forEach((line) -> {
			BigDecimal amount = line.amount();
			expected.merge(number(month, line), switch (line.itemType().code()) {
				case "XSYS-01" ->
					(amount.signum() < 0) ? Expected.ZERO.plusReturn(amount.abs()) : Expected.ZERO.plusShipment(amount);
				case "XSTH-01" -> Expected.ZERO.plusReturn(amount.abs());
				default -> Expected.ZERO.plusReceipt(amount);
			}, Expected::plus);
		});
		expected.values().removeIf(Expected::isEmpty);
		return expected;
	}

	/** The well-formed lines of known customers on goods statements. */
	private static Stream<ErpDocumentLine> goodsLines(YearMonth month) {
		Set<String> known = new HashSet<>(customers());
		return sandbox.erp()
			.data()
			.companyCodes()
			.stream()
			.flatMap((company) -> Stream.of(ErpDocumentType.FB_RECEIVABLE, ErpDocumentType.FB_RECEIVE)
				.flatMap((type) -> sandbox.erp().data().lines(company, type, month)))
			.filter(ErpDocumentLine::isWellFormed)
			.filter((line) -> !line.itemType().code().equals("FYYS-01"))
			.filter((line) -> known.contains(line.counterpartyCode()));
	}

	private static String number(YearMonth month, ErpDocumentLine line) {
		return "HK" + line.companyCode() + month.format(DateTimeFormatter.ofPattern("yyyyMM"))
				+ line.counterpartyCode();
	}

	private static List<SavedStatement> goodsStatements(YearMonth month) {
		return sandbox.qince()
			.statements(StatementKind.GOODS)
			.stream()
			.filter((statement) -> statement.tradeMonth().equals(month.toString()))
			.toList();
	}

	private static BigDecimal money(JsonNode content, String field) {
		return new BigDecimal(content.get(field).asString());
	}

	private static List<String> customers() {
		return sandbox.erp().data().knownCustomers().stream().map((customer) -> customer.code()).toList();
	}

	private String pushState(String msgId) {
		return this.jdbc.sql("SELECT state FROM qince_push WHERE msg_id = ?")
			.param(msgId)
			.query(String.class)
			.optional()
			.orElse("RECEIVED");
	}

	private String pushResult(String msgId) {
		return this.jdbc.sql("SELECT result FROM qince_push WHERE msg_id = ?")
			.param(msgId)
			.query(String.class)
			.optional()
			.orElse("");
	}

	private List<String> statuses(String job, YearMonth month) {
		return this.jdbc.sql(executions("e.STATUS") + " ORDER BY e.JOB_EXECUTION_ID")
			.params(job, month.toString())
			.query(String.class)
			.list();
	}

	private List<String> runningSteps(String job, YearMonth month) {
		return this.jdbc
			.sql("SELECT s.STEP_NAME FROM BATCH_STEP_EXECUTION s WHERE s.STATUS = 'STARTED' "
					+ "AND s.JOB_EXECUTION_ID IN (" + executions("e.JOB_EXECUTION_ID") + ")")
			.params(job, month.toString())
			.query(String.class)
			.list();
	}

	private static String executions(String column) {
		return "SELECT " + column + """
				 FROM BATCH_JOB_EXECUTION e
				JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID
				JOIN BATCH_JOB_EXECUTION_PARAMS p ON p.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID
				WHERE i.JOB_NAME = ? AND p.PARAMETER_NAME = 'trade_month' AND p.PARAMETER_VALUE = ?""";
	}

	private static void await(String what, BooleanSupplier reached) throws InterruptedException {
		long deadline = System.nanoTime() + PATIENCE.toNanos();
		while (System.nanoTime() < deadline) {
			if (reached.getAsBoolean()) {
				return;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("never reached within " + PATIENCE + ": " + what);
	}

	record Expected(BigDecimal shipments, BigDecimal returns, BigDecimal receipts) {

		static final Expected ZERO = new Expected(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

		BigDecimal end() {
			return this.shipments.subtract(this.returns).subtract(this.receipts);
		}

		Expected plus(Expected other) {
			return new Expected(this.shipments.add(other.shipments), this.returns.add(other.returns),
					this.receipts.add(other.receipts));
		}

		Expected plusShipment(BigDecimal amount) {
			return new Expected(amount, BigDecimal.ZERO, BigDecimal.ZERO).plus(this);
		}

		Expected plusReturn(BigDecimal amount) {
			return new Expected(BigDecimal.ZERO, amount, BigDecimal.ZERO).plus(this);
		}

		Expected plusReceipt(BigDecimal amount) {
			return new Expected(BigDecimal.ZERO, BigDecimal.ZERO, amount).plus(this);
		}

		boolean isEmpty() {
			return this.shipments.signum() == 0 && this.returns.signum() == 0 && this.receipts.signum() == 0;
		}

	}

}
