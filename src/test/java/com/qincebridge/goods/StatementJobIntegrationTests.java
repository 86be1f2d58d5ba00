package com.qincebridge.goods;

import com.qincebridge.report.RunReport;
import com.qincebridge.statement.StatementKind;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.qincebridge.support.BridgeIntegrationTest;
import com.qincebridge.support.SandboxConnection;
import com.qincebridge.sandbox.DataSetSpec;
import com.qincebridge.sandbox.ErpCustomer;
import com.qincebridge.sandbox.ErpDataSet;
import com.qincebridge.sandbox.ErpDocumentLine;
import com.qincebridge.sandbox.ErpDocumentType;
import com.qincebridge.sandbox.ErpItemType;
import com.qincebridge.sandbox.ErpWriteBack;
import com.qincebridge.sandbox.Fault;
import com.qincebridge.sandbox.Sandbox;
import com.qincebridge.sandbox.SandboxSettings;
import com.qincebridge.sandbox.SavedStatement;
import com.qincebridge.sandbox.Trigger;
import com.qincebridge.support.TradeMonthRun;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.JobRepositoryTestUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code statement} job end to end against the sandbox simulators, on the real
 * database: exact amounts computed here independently from the generated ERP data,
 * restarts in each phase, re-runs after the ERP data changed, and quarantine.
 */
@BridgeIntegrationTest(properties = { "bridge.erp.max-attempts=2", "bridge.erp.initial-backoff=1ms" })
class StatementJobIntegrationTests {

	static final YearMonth SEPTEMBER = YearMonth.of(2025, 9);

	@SandboxConnection
	static final Sandbox sandbox = Sandbox.start(SandboxSettings.defaults()
		.withData(DataSetSpec.defaults()
			.withSeed(4242)
			.withSize(2_400)
			.withMonths(List.of(SEPTEMBER, YearMonth.of(2025, 10)))
			.withCompanies(2)
			.withCustomersPerCompany(8)
			.withKnownCustomerShare(0.75)
			.withMalformedRate(0.01)));

	@AfterAll
	static void stop() {
		sandbox.close();
	}

	@Autowired
	JobOperator jobOperator;

	@Autowired
	Job statementJob;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JobOperatorTestUtils jobOperatorTestUtils;

	@Autowired
	JobRepositoryTestUtils jobRepositoryTestUtils;

	/** The runs this test started; each test starts on an empty job repository. */
	long runs;

	@BeforeEach
	void clean() {
		sandbox.reset();
		this.jobRepositoryTestUtils.removeJobExecutions();
		this.jobOperatorTestUtils.setJob(this.statementJob);
		for (String table : List.of("erp_line", "erp_line_quarantine", "statement_ledger", "statement_line",
				"erp_writeback", "opening_balance", "run_report")) {
			this.jdbc.sql("DELETE FROM " + table).update();
		}
	}

	@Test
	void monthWithReturnsRefundsTwoCompaniesAndOpeningBalancesIsExactToTheCent() throws Exception {
		ErpCustomer withOpening = sandbox.erp().data().knownCustomers().get(0);
		this.jdbc
			.sql("INSERT INTO opening_balance (company_code, customer_code, trade_month, amount, source) "
					+ "VALUES (?, ?, '2025-09', 1234.56, 'test')")
			.params(withOpening.companyCode(), withOpening.code())
			.update();

		JobExecution run = this.jobOperatorTestUtils.startJob(nextRun(SEPTEMBER));

		assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		Map<String, Expected> expected = expected(SEPTEMBER, Map.of(number(withOpening), new BigDecimal("1234.56")));
		assertThat(expected).hasSizeGreaterThan(10);
		List<SavedStatement> saved = sandbox.qince().statements(com.qincebridge.sandbox.StatementKind.GOODS);
		assertThat(saved).extracting(SavedStatement::number).containsExactlyInAnyOrderElementsOf(expected.keySet());
		for (SavedStatement statement : saved) {
			Expected want = expected.get(statement.number());
			JsonNode content = statement.content();
			assertThat(money(content, "begin_balance")).as(statement.number()).isEqualByComparingTo(want.begin());
			assertThat(money(content, "zchje")).as(statement.number()).isEqualByComparingTo(want.shipments());
			assertThat(money(content, "zthje")).as(statement.number()).isEqualByComparingTo(want.returns());
			assertThat(money(content, "zjkje")).as(statement.number()).isEqualByComparingTo(want.receipts());
			assertThat(money(content, "zqmye")).as(statement.number()).isEqualByComparingTo(want.end());
			assertThat(money(content, "begin_balance").add(money(content, "zchje"))
				.subtract(money(content, "zthje"))
				.subtract(money(content, "zjkje"))).isEqualByComparingTo(money(content, "zqmye"));
			assertThat(statement.saveCount()).isOne();
		}
		assertEveryCentAccountedFor(SEPTEMBER);
		assertWrittenBackOnce(SEPTEMBER);
		assertThat(reportDifference(run)).isEqualByComparingTo("0");
	}

	@Test
	void linesOfCustomersQinceDoesNotListAreALineOfTheirOwnAndEveryStagedCentIsInOneBucket() throws Exception {
		JobExecution run = this.jobOperatorTestUtils.startJob(nextRun(SEPTEMBER));
		assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);

		RunReport.Money money = report(run).money();
		java.sql.Date first = java.sql.Date.valueOf(SEPTEMBER.atDay(1));
		java.sql.Date last = java.sql.Date.valueOf(SEPTEMBER.atEndOfMonth());
		BigDecimal staging = this.jdbc.sql("""
				SELECT SUM(amount) FROM erp_line
				WHERE category IN ('SHIPMENT', 'RETURN', 'RECEIPT') AND order_date BETWEEN ? AND ?""")
			.params(first, last)
			.query(BigDecimal.class)
			.single();
		List<String> known = sandbox.erp().data().knownCustomers().stream().map(ErpCustomer::code).toList();
		List<Map<String, Object>> unlisted = this.jdbc.sql("""
				SELECT counterparty_code, SUM(amount) AS amount, COUNT(*) AS line_count FROM erp_line
				WHERE category IN ('SHIPMENT', 'RETURN', 'RECEIPT') AND order_date BETWEEN ? AND ?
				GROUP BY counterparty_code ORDER BY counterparty_code""")
			.params(first, last)
			.query()
			.listOfRows()
			.stream()
			.filter((row) -> !known.contains((String) row.get("counterparty_code")))
			.toList();
		assertThat(unlisted).as("the sandbox has customers Qince does not list").isNotEmpty();
		BigDecimal unlistedAmount = unlisted.stream()
			.map((row) -> (BigDecimal) row.get("amount"))
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		BigDecimal inLedger = this.jdbc.sql("SELECT SUM(amount) FROM statement_line").query(BigDecimal.class).single();

		assertThat(money.staged()).isEqualByComparingTo(staging);
		assertThat(money.notStatementCustomers()).isEqualByComparingTo(unlistedAmount).isNotZero();
		assertThat(money.notStatementCustomerLines())
			.isEqualTo(unlisted.stream().mapToLong((row) -> ((Number) row.get("line_count")).longValue()).sum());
		assertThat(money.notListedCustomers())
			.containsExactlyElementsOf(unlisted.stream().map((row) -> (String) row.get("counterparty_code")).toList());
		assertThat(money.inStatements().add(money.inInvalidStatements())).isEqualByComparingTo(inLedger);
		assertThat(money.inStatements().add(money.inInvalidStatements()).add(money.notStatementCustomers()))
			.as("every staged cent in exactly one bucket")
			.isEqualByComparingTo(staging);
		assertThat(money.difference()).isEqualByComparingTo("0");
		assertThat(com.qincebridge.report.RunReportText.render(report(run)))
			.containsPattern("not statement customers +"
					+ java.util.regex.Pattern.quote(com.qincebridge.report.RunReportText.amount(unlistedAmount)))
			.contains(money.notStatementCustomerLines() + " lines of " + unlisted.size()
					+ " customers Qince does not list: " + money.notListedCustomers().get(0));
	}

	@Test
	void malformedLinesEndInQuarantineWithTheirReasonAndTheRunCompletes() throws Exception {
		JobExecution run = this.jobOperatorTestUtils.startJob(nextRun(SEPTEMBER));

		assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		List<ErpDocumentLine> malformed = erpLines(SEPTEMBER).filter((line) -> !line.isWellFormed()).toList();
		assertThat(malformed).isNotEmpty();
		List<Map<String, Object>> quarantined = this.jdbc.sql(
				"SELECT line_key, field_name, reason FROM erp_line_quarantine WHERE field_name IN ('order_date', 'receivable_amount', 'already_receive')")
			.query()
			.listOfRows();
		assertThat(quarantined).extracting((row) -> row.get("line_key"))
			.containsExactlyInAnyOrderElementsOf(malformed.stream().map(ErpDocumentLine::detailId).toList());
		assertThat(quarantined).allSatisfy((row) -> assertThat((String) row.get("reason")).isNotBlank());
	}

	@Test
	void failureDuringExtractResumesAndCompletes() throws Exception {
		sandbox.erp().faults().inject("FB_RECEIVE/query", Fault.httpStatus(500), Trigger.fromCall(25));

		JobExecution failed = this.jobOperatorTestUtils.startJob(nextRun(SEPTEMBER));
		assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(sandbox.qince().statements(com.qincebridge.sandbox.StatementKind.GOODS)).isEmpty();

		sandbox.erp().faults().clear();
		JobExecution restarted = this.jobOperator.restart(failed);

		assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		// windows committed before the failure are not read again: one query per page of
		// each
		// receivable window over both runs
		assertThat(sandbox.erp().calls("FB_RECEIVABLE/query")).isEqualTo(pages(ErpDocumentType.FB_RECEIVABLE));
		assertThat(sandbox.qince().statements(com.qincebridge.sandbox.StatementKind.GOODS))
			.hasSize(expected(SEPTEMBER, Map.of()).size())
			.allSatisfy((statement) -> assertThat(statement.saveCount()).isOne());
		assertEveryCentAccountedFor(SEPTEMBER);
		assertWrittenBackOnce(SEPTEMBER);
	}

	@Test
	void crashBetweenQinceAcceptingAndTheCommitSendsNothingTwice() throws Exception {
		// the 6th save is stored by Qince, then the answer is lost: the chunk fails
		sandbox.qince().faults().inject("saveStatement", Fault.acceptThenFail(), Trigger.onCall(6));

		JobExecution failed = this.jobOperatorTestUtils.startJob(nextRun(SEPTEMBER));
		assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
		Map<String, Integer> savesBefore = saveCounts();
		assertThat(savesBefore).isNotEmpty();

		JobExecution restarted = this.jobOperator.restart(failed);

		assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		Map<String, Integer> savesAfter = saveCounts();
		assertThat(savesAfter.keySet()).containsExactlyInAnyOrderElementsOf(expected(SEPTEMBER, Map.of()).keySet());
		savesAfter.forEach((number, saves) -> assertThat(saves).as(number).isOne());
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM statement_ledger WHERE state_reason LIKE 'accepted before%'")
			.query(Long.class)
			.single()).as("statements found landed on restart").isPositive();
		assertEveryCentAccountedFor(SEPTEMBER);
		assertWrittenBackOnce(SEPTEMBER);
	}

	@Test
	void aSendOutageLeavesAnAttemptOnlyOnTheStatementsWhoseSendsStarted() throws Exception {
		// Qince answers 503 from the 3rd save on: the failed sends in a row stop the step
		// while statements of the page read ahead, their attempts recorded, have not
		// started
		sandbox.qince().faults().inject("saveStatement", Fault.httpStatus(503), Trigger.fromCall(3));

		JobExecution failed = this.jobOperatorTestUtils.startJob(nextRun(SEPTEMBER));

		assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
		// one call each: the tests' client makes one attempt (bridge.qince.max-attempts)
		int failedSends = sandbox.qince().calls("saveStatement") - 2;
		assertThat(failedSends).isPositive();
		String unsent = "SELECT COUNT(*) FROM statement_ledger WHERE trade_month = '2025-09' AND sent_hash IS NULL";
		assertThat(this.jdbc.sql(unsent).query(Long.class).single()).as("statements not sent")
			.isGreaterThan(failedSends);
		assertThat(this.jdbc.sql(unsent + " AND attempt_hash IS NOT NULL").query(Long.class).single())
			.as("attempts without an outcome: the failed sends only")
			.isEqualTo(failedSends);

		sandbox.qince().faults().clear();
		JobExecution restarted = this.jobOperator.restart(failed);

		assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(saveCounts().keySet()).containsExactlyInAnyOrderElementsOf(expected(SEPTEMBER, Map.of()).keySet());
		saveCounts().forEach((number, saves) -> assertThat(saves).as(number).isOne());
		assertEveryCentAccountedFor(SEPTEMBER);
	}

	@Test
	void failureDuringWriteBackResumesWithoutRepeatingOne() throws Exception {
		sandbox.erp().faults().inject("FB_RECEIVABLE/update_third_id", Fault.httpStatus(503), Trigger.fromCall(40));

		JobExecution failed = this.jobOperatorTestUtils.startJob(nextRun(SEPTEMBER));
		assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
		int writtenBefore = sandbox.erp().writeBacks().size();
		assertThat(writtenBefore).isPositive();

		sandbox.erp().faults().clear();
		JobExecution restarted = this.jobOperator.restart(failed);

		assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertWrittenBackOnce(SEPTEMBER);
		assertThat(sandbox.qince().statements(com.qincebridge.sandbox.StatementKind.GOODS))
			.allSatisfy((statement) -> assertThat(statement.saveCount()).isOne());
	}

	@Test
	void html200OnSomeWriteBacksIsRetriedAndTheRunCompletesWithEveryLineStamped() throws Exception {
		// a gateway in front of zhixdl answers a few calls with an HTML page and HTTP
		// 200;
		// the calls are far apart, so that the retry of one is not another
		for (int call : new int[] { 3, 30 }) {
			sandbox.erp().faults().inject("FB_RECEIVABLE/update_voucher_no", Fault.notJson(), Trigger.onCall(call));
			sandbox.erp().faults().inject("FB_RECEIVE/update_third_id", Fault.notJson(), Trigger.onCall(call));
		}

		JobExecution run = this.jobOperatorTestUtils.startJob(nextRun(SEPTEMBER));

		assertThat(run.getStatus()).as(run.getExitStatus().getExitDescription()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(writeBackStates()).containsOnlyKeys("DONE");
		assertWrittenBackOnce(SEPTEMBER);
	}

	@Test
	void html200UntilTheAttemptsRunOutFailsTheRunAndARestartStampsTheRest() throws Exception {
		sandbox.erp().faults().inject("FB_RECEIVE/update_third_id", Fault.notJson(), Trigger.fromCall(10));

		JobExecution failed = this.jobOperatorTestUtils.startJob(nextRun(SEPTEMBER));

		assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(failed.getExitStatus().getExitDescription()).contains("not JSON");
		assertThat(writeBackStates()).as("never recorded as refused").containsOnlyKeys("DONE");

		sandbox.erp().faults().clear();
		JobExecution restarted = this.jobOperator.restart(failed);

		assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(writeBackStates()).containsOnlyKeys("DONE");
		assertWrittenBackOnce(SEPTEMBER);
	}

	@Test
	void customerCodesDifferingOnlyInCaseAreTwoCustomersWithExactTotals() throws Exception {
		YearMonth november = YearMonth.of(2025, 11);
		List<String> listed = sandbox.qince().customers();
		List<String> withBoth = new java.util.ArrayList<>(listed);
		withBoth.addAll(List.of("APP.10001", "app.10001", "C1", "c1"));
		sandbox.qince().setCustomers(withBoth);
		try {
			ErpDataSet erp = sandbox.erp().data();
			erp.addOrder("101", ErpItemType.XSYS_01, november.atDay(3), "APP.10001",
					List.of(new BigDecimal("100.10"), new BigDecimal("20.00")));
			erp.addOrder("101", ErpItemType.XSYS_01, november.atDay(4), "app.10001", List.of(new BigDecimal("7.25")));
			erp.addOrder("101", ErpItemType.SKD_01, november.atDay(5), "app.10001", List.of(new BigDecimal("5.00")));
			erp.addOrder("102", ErpItemType.XSYS_01, november.atDay(6), "C1", List.of(new BigDecimal("1.00")));
			erp.addOrder("102", ErpItemType.XSYS_01, november.atDay(6), "c1", List.of(new BigDecimal("2.00")));

			JobExecution run = this.jobOperatorTestUtils.startJob(nextRun(november));

			assertThat(run.getStatus()).as(run.getExitStatus().getExitDescription()).isEqualTo(BatchStatus.COMPLETED);
			Map<String, BigDecimal> endBalances = new TreeMap<>();
			this.jdbc.sql("SELECT statement_no, end_balance FROM statement_ledger WHERE trade_month = '2025-11'")
				.query((rs, row) -> endBalances.put(rs.getString(1), rs.getBigDecimal(2)))
				.list();
			assertThat(endBalances).containsOnlyKeys("HK101202511APP.10001", "HK101202511app.10001", "HK102202511C1",
					"HK102202511c1");
			assertThat(endBalances.get("HK101202511APP.10001")).isEqualByComparingTo("120.10");
			assertThat(endBalances.get("HK101202511app.10001")).isEqualByComparingTo("2.25");
			assertThat(endBalances.get("HK102202511C1")).isEqualByComparingTo("1.00");
			assertThat(endBalances.get("HK102202511c1")).isEqualByComparingTo("2.00");
			assertThat(sandbox.qince().statements(com.qincebridge.sandbox.StatementKind.GOODS))
				.extracting(SavedStatement::customerCode)
				.containsExactlyInAnyOrder("APP.10001", "app.10001", "C1", "c1");
		}
		finally {
			sandbox.qince().setCustomers(listed);
		}
	}

	@Test
	void rerunAfterTheErpChangedSendsOnlyChangedStatementsAndLeavesConfirmedOnesAlone() throws Exception {
		assertThat(this.jobOperatorTestUtils.startJob(nextRun(SEPTEMBER)).getStatus()).isEqualTo(BatchStatus.COMPLETED);
		List<ErpCustomer> known = sandbox.erp().data().knownCustomers();
		ErpDocumentLine changed = firstShipment(known.get(0));
		ErpDocumentLine confirmedChange = firstShipment(known.get(1));
		String changedNumber = number(known.get(0));
		String confirmedNumber = number(known.get(1));
		sandbox.qince().confirm(com.qincebridge.sandbox.StatementKind.GOODS, confirmedNumber);
		sandbox.erp()
			.data()
			.changeAmount(changed.type(), changed.detailId(), changed.amount().add(new BigDecimal("100.01")));
		sandbox.erp()
			.data()
			.changeAmount(confirmedChange.type(), confirmedChange.detailId(),
					confirmedChange.amount().add(BigDecimal.TEN));

		JobExecution rerun = this.jobOperatorTestUtils.startJob(nextRun(SEPTEMBER));

		assertThat(rerun.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		Map<String, Integer> saves = saveCounts();
		assertThat(saves.get(changedNumber)).isEqualTo(2);
		assertThat(saves.get(confirmedNumber)).isOne();
		saves.entrySet()
			.stream()
			.filter((entry) -> !entry.getKey().equals(changedNumber))
			.forEach((entry) -> assertThat(entry.getValue()).as(entry.getKey()).isOne());
		assertThat(money(sandbox.qince().statement(changedNumber).orElseThrow().content(), "zchje"))
			.isEqualByComparingTo(expected(SEPTEMBER, Map.of()).get(changedNumber).shipments());
		assertThat(this.jdbc.sql("SELECT state FROM statement_ledger WHERE statement_no = ?")
			.param(confirmedNumber)
			.query(String.class)
			.single()).isEqualTo("CONFLICT");
		assertThat(sandbox.qince().errorLogs())
			.anySatisfy((log) -> assertThat(log.toString()).contains(known.get(1).code()).contains(confirmedNumber));
	}

	@Test
	void rerunAfterTheErpDeletedALineLeavesItOutOfStagingAndOfTheStatement() throws Exception {
		assertThat(this.jobOperatorTestUtils.startJob(nextRun(SEPTEMBER)).getStatus()).isEqualTo(BatchStatus.COMPLETED);
		ErpCustomer customer = sandbox.erp().data().knownCustomers().get(0);
		ErpDocumentLine removed = firstShipment(customer);
		String number = number(customer);
		sandbox.erp().data().removeLine(removed.type(), removed.detailId());

		JobExecution rerun = this.jobOperatorTestUtils.startJob(nextRun(SEPTEMBER));

		assertThat(rerun.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM erp_line WHERE business_type = ? AND detail_id = ?")
			.params(removed.type().name(), removed.detailId())
			.query(Long.class)
			.single()).as("the deleted line left staging").isZero();
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM statement_line WHERE detail_id = ?")
			.param(removed.detailId())
			.query(Long.class)
			.single()).isZero();
		Map<String, Expected> expected = expected(SEPTEMBER, Map.of());
		assertThat(saveCounts().get(number)).isEqualTo(2);
		assertThat(money(sandbox.qince().statement(number).orElseThrow().content(), "zchje"))
			.isEqualByComparingTo(expected.get(number).shipments());
		assertEveryCentAccountedFor(SEPTEMBER);
	}

	/**
	 * The parameters of this test's next run of a month, a new job instance: no
	 * {@code rerun} for the first, then 1, 2, … (as {@code run --rerun} numbers them).
	 */
	private JobParameters nextRun(YearMonth month) {
		return TradeMonthRun.wholeMonth(month).toJobParameters(this.runs++);
	}

	private int pages(ErpDocumentType type) {
		int pages = 0;
		for (String company : sandbox.erp().data().companyCodes()) {
			for (LocalDate day = SEPTEMBER.atDay(1); !day.isAfter(SEPTEMBER.atEndOfMonth()); day = day.plusDays(1)) {
				pages += Math.max(1, (int) Math.ceil(sandbox.erp().data().count(company, type, day, day) / 50.0));
			}
		}
		return pages;
	}

	private Stream<ErpDocumentLine> erpLines(YearMonth month) {
		return sandbox.erp()
			.data()
			.companyCodes()
			.stream()
			.flatMap((company) -> Stream.of(ErpDocumentType.FB_RECEIVABLE, ErpDocumentType.FB_RECEIVE)
				.flatMap((type) -> sandbox.erp().data().lines(company, type, month)));
	}

	/**
	 * The statements the month must give, computed from the generated lines with the
	 * rules of DESIGN.md.
	 */
	private Map<String, Expected> expected(YearMonth month, Map<String, BigDecimal> openings) {
		Map<String, Expected> expected = new TreeMap<>();
		for (ErpCustomer customer : sandbox.erp().data().knownCustomers()) {
			expected.put(number(customer), new Expected(openings.getOrDefault(number(customer), BigDecimal.ZERO),
					BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO));
		}
		erpLines(month).filter(ErpDocumentLine::isWellFormed).forEach((line) -> {
			String number = "HK" + line.companyCode() + "202509" + line.counterpartyCode();
			Expected sum = expected.get(number);
			if (sum == null) {
				return;
			}
			BigDecimal amount = line.amount();
			Expected next = switch (line.itemType().code()) {
				case "XSYS-01" -> (amount.signum() < 0) ? sum.plusReturn(amount.abs()) : sum.plusShipment(amount);
				case "XSTH-01" -> sum.plusReturn(amount.abs());
				case "SKD-01", "SKD-04" -> sum.plusReceipt(amount);
				default -> sum;
			};
			expected.put(number, next);
		});
		// customers without lines or balance get no statement
		expected.values().removeIf(Expected::isEmpty);
		return expected;
	}

	private void assertEveryCentAccountedFor(YearMonth month) {
		BigDecimal staged = this.jdbc.sql("""
				SELECT COALESCE(SUM(amount), 0) FROM erp_line
				WHERE category IN ('SHIPMENT', 'RETURN', 'RECEIPT') AND order_date BETWEEN ? AND ?
					AND counterparty_code IN (SELECT customer_code FROM statement_ledger)""")
			.params(java.sql.Date.valueOf(month.atDay(1)), java.sql.Date.valueOf(month.atEndOfMonth()))
			.query(BigDecimal.class)
			.single();
		BigDecimal inStatements = this.jdbc.sql("SELECT COALESCE(SUM(amount), 0) FROM statement_line")
			.query(BigDecimal.class)
			.single();
		BigDecimal quarantined = this.jdbc
			.sql("SELECT COALESCE(SUM(amount), 0) FROM erp_line_quarantine WHERE amount IS NOT NULL")
			.query(BigDecimal.class)
			.single();
		BigDecimal known = erpLines(month).filter(ErpDocumentLine::isWellFormed)
			.filter((line) -> !line.itemType().code().equals("FYYS-01"))
			.filter((line) -> sandbox.erp()
				.data()
				.knownCustomers()
				.stream()
				.anyMatch((customer) -> customer.code().equals(line.counterpartyCode())))
			.map(ErpDocumentLine::amount)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		assertThat(inStatements).as("in statements").isEqualByComparingTo(staged);
		assertThat(staged.add(quarantined)).as("staged + quarantined = read from the ERP").isEqualByComparingTo(known);
	}

	private void assertWrittenBackOnce(YearMonth month) {
		List<ErpWriteBack> writeBacks = sandbox.erp().writeBacks();
		assertThat(writeBacks).allSatisfy((writeBack) -> assertThat(writeBack.repeat()).as(writeBack.id()).isOne());
		for (SavedStatement statement : sandbox.qince().statements(com.qincebridge.sandbox.StatementKind.GOODS)) {
			List<Map<String, Object>> lines = this.jdbc
				.sql("SELECT business_type, detail_id, order_id FROM statement_line WHERE statement_no = ?")
				.param(statement.number())
				.query()
				.listOfRows();
			for (Map<String, Object> line : lines) {
				ErpDocumentType type = ErpDocumentType.valueOf((String) line.get("business_type"));
				assertThat(sandbox.erp().voucherNo(type, (String) line.get("order_id"))).contains(statement.number());
				assertThat(sandbox.erp().thirdId(type, (String) line.get("detail_id")))
					.contains(statement.statementId());
			}
		}
	}

	private Map<String, Long> writeBackStates() {
		Map<String, Long> states = new TreeMap<>();
		this.jdbc.sql("SELECT state, COUNT(*) FROM erp_writeback GROUP BY state")
			.query((rs, row) -> states.put(rs.getString(1), rs.getLong(2)))
			.list();
		return states;
	}

	private RunReport report(JobExecution run) {
		String json = this.jdbc.sql("SELECT report_json FROM run_report WHERE job_execution_id = ?")
			.param(run.getId())
			.query(String.class)
			.single();
		return tools.jackson.databind.json.JsonMapper.builder().build().readValue(json, RunReport.class);
	}

	private BigDecimal reportDifference(JobExecution run) {
		String json = this.jdbc.sql("SELECT report_json FROM run_report WHERE job_execution_id = ?")
			.param(run.getId())
			.query(String.class)
			.single();
		RunReport report = tools.jackson.databind.json.JsonMapper.builder().build().readValue(json, RunReport.class);
		return report.money().difference();
	}

	private Map<String, Integer> saveCounts() {
		Map<String, Integer> counts = new TreeMap<>();
		sandbox.qince()
			.statements(com.qincebridge.sandbox.StatementKind.GOODS)
			.forEach((statement) -> counts.put(statement.number(), statement.saveCount()));
		return counts;
	}

	private ErpDocumentLine firstShipment(ErpCustomer customer) {
		return sandbox.erp()
			.data()
			.lines(customer.companyCode(), ErpDocumentType.FB_RECEIVABLE, SEPTEMBER)
			.filter((line) -> line.isWellFormed() && line.counterpartyCode().equals(customer.code())
					&& line.itemType().code().equals("XSYS-01") && line.amount().signum() > 0)
			.findFirst()
			.orElseThrow();
	}

	private static String number(ErpCustomer customer) {
		return "HK" + customer.companyCode() + "202509" + customer.code();
	}

	private static BigDecimal money(JsonNode content, String field) {
		return new BigDecimal(content.get(field).asString());
	}

	record Expected(BigDecimal begin, BigDecimal shipments, BigDecimal returns, BigDecimal receipts) {

		BigDecimal end() {
			return this.begin.add(this.shipments).subtract(this.returns).subtract(this.receipts);
		}

		Expected plusShipment(BigDecimal amount) {
			return new Expected(this.begin, this.shipments.add(amount), this.returns, this.receipts);
		}

		Expected plusReturn(BigDecimal amount) {
			return new Expected(this.begin, this.shipments, this.returns.add(amount), this.receipts);
		}

		Expected plusReceipt(BigDecimal amount) {
			return new Expected(this.begin, this.shipments, this.returns, this.receipts.add(amount));
		}

		boolean isEmpty() {
			return this.begin.signum() == 0 && this.shipments.signum() == 0 && this.returns.signum() == 0
					&& this.receipts.signum() == 0;
		}

	}

}
