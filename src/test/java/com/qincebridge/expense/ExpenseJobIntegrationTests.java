package com.qincebridge.expense;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.qincebridge.support.BridgeIntegrationTest;
import com.qincebridge.support.SandboxConnection;
import com.qincebridge.sandbox.DataSetSpec;
import com.qincebridge.sandbox.ErpCustomer;
import com.qincebridge.sandbox.ErpDocumentLine;
import com.qincebridge.sandbox.ErpDocumentType;
import com.qincebridge.sandbox.ErpItemType;
import com.qincebridge.sandbox.ErpWriteBack;
import com.qincebridge.sandbox.Fault;
import com.qincebridge.sandbox.Sandbox;
import com.qincebridge.sandbox.SandboxSettings;
import com.qincebridge.sandbox.SavedStatement;
import com.qincebridge.sandbox.StatementKind;
import com.qincebridge.sandbox.Trigger;
import com.qincebridge.support.TradeMonthRun;
import com.qincebridge.report.RunReport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.test.JobRepositoryTestUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * The {@code expense} job end to end against the sandbox simulators, on the real
 * database: the exact content of every expense statement computed here independently from
 * the generated ERP lines (FYYS-01 receivables and FYYF-01 payables), restarts in each
 * phase, a re-run after the ERP data changed, quarantine, a value over a field limit, and
 * the goods {@code statement} job run for the same month beside it.
 */
@BridgeIntegrationTest(properties = { "bridge.erp.max-attempts=2", "bridge.erp.initial-backoff=1ms" })
class ExpenseJobIntegrationTests {

	static final YearMonth SEPTEMBER = YearMonth.of(2025, 9);

	/**
	 * The trade types of {@code jobs/expense-mapping.properties}: FYYS-01 11, FYYF-01 12.
	 */
	static final Map<String, String> TRADE_TYPES = Map.of("FYYS-01", "11", "FYYF-01", "12");

	@SandboxConnection
	static final Sandbox sandbox = Sandbox.start(SandboxSettings.defaults()
		// several pages of queryExpenseStatement
		.withStatementPageSize(5)
		.withData(DataSetSpec.defaults()
			.withSeed(4242)
			.withSize(2_400)
			.withMonths(List.of(SEPTEMBER, YearMonth.of(2025, 10)))
			.withCompanies(2)
			.withCustomersPerCompany(8)
			.withKnownCustomerShare(0.75)
			.withMalformedRate(0.03)));

	static final List<String> KNOWN = sandbox.qince().customers();

	static final JsonMapper JSON = JsonMapper.builder().build();

	@AfterAll
	static void stop() {
		sandbox.close();
	}

	@Autowired
	JobOperator jobOperator;

	@Autowired
	@Qualifier("expenseJob")
	Job expenseJob;

	@Autowired
	@Qualifier("statementJob")
	Job statementJob;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JobRepositoryTestUtils jobRepositoryTestUtils;

	/** The runs this test started; each test starts on an empty job repository. */
	long runs;

	@BeforeEach
	void clean() {
		sandbox.reset();
		this.jobRepositoryTestUtils.removeJobExecutions();
		sandbox.qince().setCustomers(KNOWN);
		for (String table : List.of("erp_line", "erp_line_quarantine", "statement_ledger", "statement_line",
				"erp_writeback", "opening_balance", "run_report")) {
			this.jdbc.sql("DELETE FROM " + table).update();
		}
	}

	@Test
	void receivableAndPayableExpensesGiveExactlyTheStatementsComputedHere() throws Exception {
		JobExecution run = this.jobOperator.start(this.expenseJob, nextRun());

		assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		Map<String, ObjectNode> expected = expected(SEPTEMBER);
		assertThat(expected).hasSizeGreaterThan(10);
		assertSentExactly(expected);
		assertThat(expected.values()).as("a statement with both receivable- and payable-booked expenses")
			.anySatisfy((statement) -> assertThat(statement.get("trade").findValuesAsString("trade_type"))
				.contains("11", "12"));
		assertThat(sandbox.qince().statements(StatementKind.GOODS)).isEmpty();
		assertThat(sandbox.qince().calls("saveStatement")).isZero();
		assertEveryExpenseLineAccountedFor(SEPTEMBER);
		assertWrittenBackOnce();
		RunReport report = report(run);
		assertThat(report.money().difference()).isEqualByComparingTo("0");
		assertThat(report.statements().sent()).isEqualTo(expected.size());
		assertThat(report.statements().verified()).isEqualTo(expected.size());
	}

	@Test
	void malformedExpenseLinesEndInQuarantineWithTheirReasonAndTheRunCompletes() throws Exception {
		JobExecution run = this.jobOperator.start(this.expenseJob, nextRun());

		assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		List<ErpDocumentLine> malformed = expenseLines(SEPTEMBER).filter((line) -> !line.isWellFormed()).toList();
		assertThat(malformed).extracting(ErpDocumentLine::type)
			.contains(ErpDocumentType.FB_RECEIVABLE, ErpDocumentType.FB_PAYABLE);
		Map<String, Map<String, Object>> quarantined = quarantine();
		for (ErpDocumentLine line : malformed) {
			Map<String, Object> row = quarantined.get(key(line.type().name(), line.detailId()));
			assertThat(row).as(line.detailId()).isNotNull();
			assertThat((String) row.get("field_name")).isIn("order_date", line.type().amountField());
			assertThat((String) row.get("reason")).contains((String) row.get("field_name"));
		}
		assertThat(report(run).quarantined()).extracting(RunReport.QuarantineLine::lineKey)
			.containsAll(malformed.stream().map(ErpDocumentLine::detailId).toList());
		assertSentExactly(expected(SEPTEMBER));
		assertEveryExpenseLineAccountedFor(SEPTEMBER);
	}

	@Test
	void failureDuringExtractResumesAndCompletes() throws Exception {
		// payables of the first company; windows go company, business type, day and each
		// payable window is one page, so the failing chunk holds payable windows only
		sandbox.erp().faults().inject("FB_PAYABLE/query", Fault.httpStatus(500), Trigger.fromCall(5));

		JobExecution failed = this.jobOperator.start(this.expenseJob, nextRun());
		assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(sandbox.qince().statements(StatementKind.EXPENSE)).isEmpty();

		sandbox.erp().faults().clear();
		JobExecution restarted = this.jobOperator.restart(failed);

		assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		// windows committed before the failure are not read again
		assertThat(sandbox.erp().calls("FB_RECEIVABLE/query")).isEqualTo(pages(ErpDocumentType.FB_RECEIVABLE));
		assertSentExactly(expected(SEPTEMBER));
		assertEveryExpenseLineAccountedFor(SEPTEMBER);
		assertWrittenBackOnce();
	}

	@Test
	void crashBetweenQinceAcceptingAndTheCommitSendsNothingTwice() throws Exception {
		// the 6th save is stored by Qince, then the answer is lost: the chunk fails
		sandbox.qince().faults().inject("saveExpense", Fault.acceptThenFail(), Trigger.onCall(6));

		JobExecution failed = this.jobOperator.start(this.expenseJob, nextRun());
		assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(sandbox.qince().statements(StatementKind.EXPENSE)).hasSizeGreaterThanOrEqualTo(6);

		JobExecution restarted = this.jobOperator.restart(failed);

		assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertSentExactly(expected(SEPTEMBER));
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM statement_ledger WHERE state_reason LIKE 'accepted before%'")
			.query(Long.class)
			.single()).as("statements found landed on restart").isPositive();
		assertThat(report(restarted).statements().landedBeforeRestart()).isPositive();
		assertEveryExpenseLineAccountedFor(SEPTEMBER);
		assertWrittenBackOnce();
	}

	@Test
	void failureBeforeAChangedStatementReachedQinceSendsItOnRestart() throws Exception {
		assertThat(this.jobOperator.start(this.expenseJob, nextRun()).getStatus()).isEqualTo(BatchStatus.COMPLETED);
		ErpDocumentLine changed = expenseLines(SEPTEMBER).filter(ErpDocumentLine::isWellFormed)
			.findFirst()
			.orElseThrow();
		sandbox.erp()
			.data()
			.changeAmount(changed.type(), changed.detailId(), changed.amount().add(new BigDecimal("0.05")));
		// the only statement to send fails before Qince stores it, moments after its
		// first send: Qince's copy is recent, but it is the old one
		sandbox.qince()
			.faults()
			.inject("saveExpense", Fault.httpStatus(502), Trigger.onCall(sandbox.qince().calls("saveExpense") + 1));

		JobExecution failed = this.jobOperator.start(this.expenseJob, nextRun());
		assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(sandbox.qince().expense(number(changed)).orElseThrow().saveCount()).isOne();

		sandbox.qince().faults().clear();
		JobExecution restarted = this.jobOperator.restart(failed);

		assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		SavedStatement resent = sandbox.qince().expense(number(changed)).orElseThrow();
		assertThat(resent.content()).isEqualTo(expected(SEPTEMBER).get(number(changed)));
		assertThat(resent.saveCount()).isEqualTo(2);
		assertThat(report(restarted).statements().sent()).isOne();
		assertThat(report(restarted).statements().landedBeforeRestart()).isZero();
		assertEveryExpenseLineAccountedFor(SEPTEMBER);
		assertWrittenBackOnce();
	}

	@Test
	void failureWhileVerifyingResumesWithoutSendingAgain() throws Exception {
		// pages of 5 statements: the 1st call lists the empty month before sending, the
		// 3rd is the second page after sending
		sandbox.qince().faults().inject("queryExpenseStatement", Fault.httpStatus(500), Trigger.onCall(3));

		JobExecution failed = this.jobOperator.start(this.expenseJob, nextRun());
		assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(sandbox.erp().writeBacks()).isEmpty();

		JobExecution restarted = this.jobOperator.restart(failed);

		assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertSentExactly(expected(SEPTEMBER));
		assertEveryExpenseLineAccountedFor(SEPTEMBER);
		assertWrittenBackOnce();
	}

	@Test
	void aStatementQinceRejectsIsLoggedWithSaveExpenseErrorAndSentOnTheNextRun() throws Exception {
		sandbox.qince().faults().inject("saveExpense", Fault.businessError("1", "客户未启用费用对账"), Trigger.onCall(3));

		JobExecution run = this.jobOperator.start(this.expenseJob, nextRun());

		assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		List<RunReport.RefusedStatement> refused = report(run).refused();
		assertThat(refused).singleElement().satisfies((statement) -> {
			assertThat(statement.state()).isEqualTo("REJECTED");
			assertThat(statement.reason()).contains("客户未启用费用对账");
		});
		String rejected = refused.get(0).statementNo();
		assertThat(sandbox.qince().expense(rejected)).isEmpty();
		assertThat(sandbox.qince().errorLogs()).singleElement().satisfies((log) -> {
			assertThat(log.kind()).isEqualTo(StatementKind.EXPENSE);
			assertThat(log.customerCode()).isEqualTo(refused.get(0).customerCode());
			assertThat(log.startDate()).isEqualTo("2025-09-01");
			assertThat(log.errorReason()).isEqualTo("客户未启用费用对账");
		});

		assertThat(this.jobOperator.start(this.expenseJob, nextRun()).getStatus()).isEqualTo(BatchStatus.COMPLETED);

		assertSentExactly(expected(SEPTEMBER));
		assertThat(ledgerState(rejected)).isEqualTo("VERIFIED");
		assertEveryExpenseLineAccountedFor(SEPTEMBER);
		assertWrittenBackOnce();
	}

	@Test
	void failureDuringWriteBackResumesWithoutRepeatingOne() throws Exception {
		sandbox.erp().faults().inject("FB_PAYABLE/update_third_id", Fault.httpStatus(503), Trigger.fromCall(20));

		JobExecution failed = this.jobOperator.start(this.expenseJob, nextRun());
		assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
		int writtenBefore = sandbox.erp().writeBacks().size();
		assertThat(writtenBefore).isPositive();

		sandbox.erp().faults().clear();
		JobExecution restarted = this.jobOperator.restart(failed);

		assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(sandbox.erp().writeBacks()).hasSizeGreaterThan(writtenBefore);
		assertWrittenBackOnce();
		assertSentExactly(expected(SEPTEMBER));
	}

	@Test
	void rerunAfterTheErpChangedSendsOnlyTheChangedStatementAndLeavesAConfirmedOneAlone() throws Exception {
		assertThat(this.jobOperator.start(this.expenseJob, nextRun()).getStatus()).isEqualTo(BatchStatus.COMPLETED);
		ErpDocumentLine changed = expenseLines(SEPTEMBER)
			.filter((line) -> line.isWellFormed() && line.type() == ErpDocumentType.FB_PAYABLE)
			.findFirst()
			.orElseThrow();
		ErpDocumentLine confirmedChange = expenseLines(SEPTEMBER)
			.filter((line) -> line.isWellFormed() && !line.counterpartyCode().equals(changed.counterpartyCode()))
			.findFirst()
			.orElseThrow();
		String changedNumber = number(changed);
		String confirmedNumber = number(confirmedChange);
		JsonNode confirmedContent = sandbox.qince().confirm(StatementKind.EXPENSE, confirmedNumber).content();
		sandbox.erp()
			.data()
			.changeAmount(changed.type(), changed.detailId(), changed.amount().add(new BigDecimal("100.01")));
		sandbox.erp()
			.data()
			.changeAmount(confirmedChange.type(), confirmedChange.detailId(),
					confirmedChange.amount().add(BigDecimal.TEN));

		JobExecution rerun = this.jobOperator.start(this.expenseJob, nextRun());

		assertThat(rerun.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		Map<String, ObjectNode> expected = expected(SEPTEMBER);
		for (SavedStatement statement : sandbox.qince().statements(StatementKind.EXPENSE)) {
			int saves = statement.number().equals(changedNumber) ? 2 : 1;
			assertThat(statement.saveCount()).as(statement.number()).isEqualTo(saves);
			assertThat(statement.refusedSaves()).as(statement.number()).isZero();
		}
		assertThat(sandbox.qince().expense(changedNumber).orElseThrow().content())
			.isEqualTo(expected.get(changedNumber));
		assertThat(sandbox.qince().expense(confirmedNumber).orElseThrow().content()).isEqualTo(confirmedContent)
			.isNotEqualTo(expected.get(confirmedNumber));
		assertThat(ledgerState(confirmedNumber)).isEqualTo("CONFLICT");
		assertThat(report(rerun).refused())
			.extracting(RunReport.RefusedStatement::statementNo, RunReport.RefusedStatement::state)
			.containsExactly(tuple(confirmedNumber, "CONFLICT"));
		assertThat(sandbox.qince().errorLogs()).singleElement().satisfies((log) -> {
			assertThat(log.kind()).isEqualTo(StatementKind.EXPENSE);
			assertThat(log.customerCode()).isEqualTo(confirmedChange.counterpartyCode());
			assertThat(log.errorReason()).contains(confirmedNumber);
		});
		assertThat(sandbox.qince().calls("saveStatementError")).isZero();
		assertEveryExpenseLineAccountedFor(SEPTEMBER);
		assertWrittenBackOnce();
	}

	@Test
	void aVoucherOverVarchar32MakesItsStatementInvalidWithTheFieldAndTheRestIsSent() throws Exception {
		ErpCustomer customer = sandbox.erp().data().knownCustomers().get(2);
		String longCode = "FYYS-20250915-REBATE-Q3-CAMPAIGN-0001";
		List<ErpDocumentLine> added = sandbox.erp()
			.data()
			.addOrder(customer.companyCode(), ErpItemType.FYYS_01, SEPTEMBER.atDay(15), customer.code(), longCode,
					List.of(new BigDecimal("100.00"), new BigDecimal("23.45")));
		String invalidNumber = number(added.get(0));

		JobExecution run = this.jobOperator.start(this.expenseJob, nextRun());

		assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		Map<String, ObjectNode> expected = expected(SEPTEMBER);
		int trade = expected.get(invalidNumber).get("trade").findValuesAsString("voucher_no").indexOf(longCode);
		assertThat(trade).isNotNegative();
		assertThat(ledgerState(invalidNumber)).isEqualTo("INVALID");
		assertThat(this.jdbc.sql("SELECT state_reason FROM statement_ledger WHERE statement_no = ?")
			.param(invalidNumber)
			.query(String.class)
			.single()).contains("trade[" + trade + "].voucher_no").contains("37 characters long");
		assertThat(sandbox.qince().expense(invalidNumber)).isEmpty();
		expected.remove(invalidNumber);
		assertSentExactly(expected);
		RunReport report = report(run);
		assertThat(report.statements().invalid()).isOne();
		assertThat(report.refused()).extracting(RunReport.RefusedStatement::statementNo).containsExactly(invalidNumber);
		assertThat(report.money().inInvalidStatements()).isEqualByComparingTo(sum(
				expenseLines(SEPTEMBER).filter((line) -> line.isWellFormed() && number(line).equals(invalidNumber))));
		assertThat(report.money().difference()).isEqualByComparingTo("0");
		assertThat(sandbox.erp().voucherNo(ErpDocumentType.FB_RECEIVABLE, added.get(0).orderId())).isEmpty();
		assertEveryExpenseLineAccountedFor(SEPTEMBER);
		assertWrittenBackOnce();
	}

	@Test
	void aCustomerCodeTooLongForTheNumberGetsTheSameShortenedNumberOnEveryRun() throws Exception {
		String code = "C101-KEY-ACCOUNT-SOUTH-CHINA-REGION-0001";
		List<String> customers = new ArrayList<>(KNOWN);
		customers.add(code);
		sandbox.qince().setCustomers(customers);
		List<ErpDocumentLine> added = sandbox.erp()
			.data()
			.addOrder("101", ErpItemType.FYYF_01, SEPTEMBER.atDay(20), code, List.of(new BigDecimal("66.60")));
		String number = number(added.get(0));
		assertThat(number).hasSize(32).startsWith("FY101202509C101-KEY-ACC~");

		assertThat(this.jobOperator.start(this.expenseJob, nextRun()).getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(this.jobOperator.start(this.expenseJob, nextRun()).getStatus()).isEqualTo(BatchStatus.COMPLETED);

		SavedStatement saved = sandbox.qince().expense(number).orElseThrow();
		assertThat(saved.customerCode()).isEqualTo(code);
		assertThat(saved.saveCount()).isOne();
		assertThat(sandbox.erp().voucherNo(ErpDocumentType.FB_PAYABLE, added.get(0).orderId())).contains(number);
		assertSentExactly(expected(SEPTEMBER));
		assertEveryExpenseLineAccountedFor(SEPTEMBER);
		assertWrittenBackOnce();
	}

	@Test
	void goodsAndExpenseJobsOfTheSameMonthLeaveEachOtherAlone() throws Exception {
		assertThat(this.jobOperator.start(this.statementJob, nextRun()).getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(this.jobOperator.start(this.expenseJob, nextRun()).getStatus()).isEqualTo(BatchStatus.COMPLETED);
		List<ErpWriteBack> afterFirstRuns = sandbox.erp().writeBacks();
		// and again, each after the other
		assertThat(this.jobOperator.start(this.statementJob, nextRun()).getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(this.jobOperator.start(this.expenseJob, nextRun()).getStatus()).isEqualTo(BatchStatus.COMPLETED);

		assertThat(sandbox.erp().writeBacks()).isEqualTo(afterFirstRuns);
		assertSentExactly(expected(SEPTEMBER));
		List<SavedStatement> goods = sandbox.qince().statements(StatementKind.GOODS);
		assertThat(goods).hasSizeGreaterThan(10).allSatisfy((statement) -> {
			assertThat(statement.number()).startsWith("HK");
			assertThat(statement.saveCount()).isOne();
		});
		Map<String, String> goodsOrders = orders("GOODS");
		Map<String, String> expenseOrders = orders("EXPENSE");
		assertThat(expenseOrders).isNotEmpty();
		assertThat(goodsOrders.keySet()).doesNotContainAnyElementsOf(expenseOrders.keySet());
		Map<String, String> vouchers = new HashMap<>(goodsOrders);
		vouchers.putAll(expenseOrders);
		vouchers.forEach((order, statementNo) -> {
			String[] typeAndId = order.split(":");
			assertThat(sandbox.erp().voucherNo(ErpDocumentType.valueOf(typeAndId[0]), typeAndId[1])).as(order)
				.contains(statementNo);
		});
		assertThat(this.jdbc.sql("SELECT DISTINCT state FROM statement_ledger").query(String.class).list())
			.containsExactly("VERIFIED");
		assertWrittenBackOnce();
		assertEveryExpenseLineAccountedFor(SEPTEMBER);
	}

	@Test
	void anOrderWithGoodsAndExpenseLinesCarriesItsGoodsStatementNumberWhicheverJobRunsLast() throws Exception {
		ErpCustomer customer = sandbox.erp()
			.data()
			.knownCustomers()
			.stream()
			.filter((known) -> known.companyCode().equals("101"))
			.findFirst()
			.orElseThrow();
		List<ErpDocumentLine> order = sandbox.erp()
			.data()
			.addMixedOrder("101", List.of(ErpItemType.XSYS_01, ErpItemType.FYYS_01), SEPTEMBER.atDay(12),
					customer.code(), List.of(new BigDecimal("40.00"), new BigDecimal("6.50")));
		String orderId = order.get(0).orderId();
		String goods = "HK101202509" + customer.code();
		String expense = "FY101202509" + customer.code();

		// expense first: the order is the goods statement's, so the expense job leaves it
		assertThat(this.jobOperator.start(this.expenseJob, nextRun()).getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(sandbox.erp().voucherNo(ErpDocumentType.FB_RECEIVABLE, orderId)).isEmpty();
		for (Job job : List.of(this.statementJob, this.expenseJob, this.statementJob)) {
			assertThat(this.jobOperator.start(job, nextRun()).getStatus()).isEqualTo(BatchStatus.COMPLETED);
			assertThat(sandbox.erp().voucherNo(ErpDocumentType.FB_RECEIVABLE, orderId)).as("after " + job.getName())
				.contains(goods);
		}

		assertThat(sandbox.erp()
			.writeBacks()
			.stream()
			.filter((writeBack) -> writeBack.kind() == ErpWriteBack.Kind.VOUCHER_NO && writeBack.id().equals(orderId)))
			.extracting(ErpWriteBack::value)
			.as("one update_voucher_no call for the order, never FY…")
			.containsExactly(goods);
		assertThat(sandbox.erp().thirdId(ErpDocumentType.FB_RECEIVABLE, order.get(0).detailId()))
			.contains(sandbox.qince().statement(goods).orElseThrow().statementId());
		assertThat(sandbox.erp().thirdId(ErpDocumentType.FB_RECEIVABLE, order.get(1).detailId()))
			.contains(sandbox.qince().expense(expense).orElseThrow().statementId());
		assertThat(this.jdbc
			.sql("SELECT written_value FROM erp_writeback WHERE target = 'ORDER' AND business_type = 'FB_RECEIVABLE' "
					+ "AND target_id = ?")
			.param(orderId)
			.query(String.class)
			.list()).containsExactly(goods);
	}

	/**
	 * The parameters of this test's next run of September, a new job instance: no
	 * {@code rerun} for the first, then 1, 2, … (as {@code run --rerun} numbers them).
	 */
	private JobParameters nextRun() {
		return TradeMonthRun.wholeMonth(SEPTEMBER).toJobParameters(this.runs++);
	}

	/**
	 * The ERP lines the default classification rules make EXPENSE: FYYS-01 receivables
	 * and FYYF-01 payables, of the statement customers, well formed or not.
	 */
	private Stream<ErpDocumentLine> expenseLines(YearMonth month) {
		Set<String> customers = Set.copyOf(sandbox.qince().customers());
		return sandbox.erp()
			.data()
			.companyCodes()
			.stream()
			.flatMap((company) -> Stream.of(ErpDocumentType.FB_RECEIVABLE, ErpDocumentType.FB_PAYABLE)
				.flatMap((type) -> sandbox.erp().data().lines(company, type, month)))
			.filter((line) -> TRADE_TYPES.containsKey(line.itemType().code()))
			.filter((line) -> customers.contains(line.counterpartyCode()));
	}

	/**
	 * The saveExpense bodies the month must give, computed from the generated lines as
	 * the issue and the default mapping describe them: one statement per company and
	 * customer; one trade per ERP order, ordered by order date, document (receivables
	 * before payables), order code and order id; the order code as voucher; the order
	 * date at midnight; the trade type of its item type; the order's amount and item type
	 * name as custom fields; the total and the number of trades as the statement's.
	 */
	private Map<String, ObjectNode> expected(YearMonth month) {
		Map<String, Map<String, List<ErpDocumentLine>>> orders = new TreeMap<>();
		expenseLines(month).filter(ErpDocumentLine::isWellFormed)
			.forEach((line) -> orders.computeIfAbsent(number(line), (number) -> new LinkedHashMap<>())
				.computeIfAbsent(line.type() + ":" + line.orderId(), (order) -> new ArrayList<>())
				.add(line));
		Map<String, ObjectNode> expected = new TreeMap<>();
		orders.forEach((number, byOrder) -> expected.put(number, statement(number, month, byOrder.values())));
		return expected;
	}

	private static ObjectNode statement(String number, YearMonth month, Collection<List<ErpDocumentLine>> orders) {
		List<List<ErpDocumentLine>> sorted = orders.stream()
			.sorted(Comparator.<List<ErpDocumentLine>, LocalDate>comparing((order) -> order.get(0).orderDate())
				.thenComparing((order) -> order.get(0).type().ordinal())
				.thenComparing((order) -> order.get(0).orderCode())
				.thenComparing((order) -> order.get(0).orderId()))
			.toList();
		ObjectNode statement = JSON.createObjectNode()
			.put("statement_no", number)
			.put("customer_code", sorted.get(0).get(0).counterpartyCode())
			.put("start_date", month.atDay(1).toString())
			.put("end_date", month.atEndOfMonth().toString())
			.put("trade_month", month.toString());
		ArrayNode trades = statement.putArray("trade");
		BigDecimal total = BigDecimal.ZERO;
		for (List<ErpDocumentLine> order : sorted) {
			ErpDocumentLine first = order.get(0);
			// an expense booked as a payable is owed to the customer: it counts against
			// the
			// fees the customer owes
			BigDecimal amount = (first.type() == ErpDocumentType.FB_PAYABLE) ? sum(order.stream()).negate()
					: sum(order.stream());
			total = total.add(amount);
			ObjectNode trade = trades.addObject()
				.put("serial_no", String.valueOf(trades.size()))
				.put("voucher_no", first.orderCode())
				.put("trade_date", first.orderDate() + " 00:00:00")
				.put("trade_type", TRADE_TYPES.get(first.itemType().code()));
			ArrayNode exts = trade.putArray("exts");
			exts.addObject().put("ext_key", "金额").put("ext_value", money(amount));
			exts.addObject().put("ext_key", "费用类型").put("ext_value", first.itemType().typeName());
		}
		ArrayNode exts = statement.putArray("exts");
		exts.addObject().put("ext_key", "费用合计").put("ext_value", money(total));
		exts.addObject().put("ext_key", "单据数").put("ext_value", String.valueOf(sorted.size()));
		return statement;
	}

	/** Qince holds exactly these expense statements, each saved once, as expected. */
	private void assertSentExactly(Map<String, ObjectNode> expected) {
		List<SavedStatement> saved = sandbox.qince().statements(StatementKind.EXPENSE);
		assertThat(saved).extracting(SavedStatement::number).containsExactlyInAnyOrderElementsOf(expected.keySet());
		for (SavedStatement statement : saved) {
			assertThat(statement.content()).as(statement.number()).isEqualTo(expected.get(statement.number()));
			assertThat(statement.saveCount()).as(statement.number()).isOne();
		}
	}

	/**
	 * Every expense line of the ERP is in exactly one expense statement when well formed,
	 * in quarantine with a reason otherwise; to the cent and to the line.
	 */
	private void assertEveryExpenseLineAccountedFor(YearMonth month) {
		Map<String, Long> inStatements = new HashMap<>();
		this.jdbc.sql("""
				SELECT sl.business_type, sl.detail_id, COUNT(*) FROM statement_line sl
				JOIN statement_ledger s ON s.statement_no = sl.statement_no
				WHERE s.kind = 'EXPENSE' AND s.trade_month = ? GROUP BY sl.business_type, sl.detail_id""")
			.param(month.toString())
			.query((rs, row) -> inStatements.put(key(rs.getString(1), rs.getString(2)), rs.getLong(3)))
			.list();
		Map<String, Map<String, Object>> quarantined = quarantine();
		List<ErpDocumentLine> lines = expenseLines(month).toList();
		Set<String> wellFormed = new HashSet<>();
		for (ErpDocumentLine line : lines) {
			String key = key(line.type().name(), line.detailId());
			if (line.isWellFormed()) {
				wellFormed.add(key);
				assertThat(inStatements.get(key)).as("statements holding " + key).isEqualTo(1L);
				assertThat(quarantined).doesNotContainKey(key);
			}
			else {
				assertThat(inStatements).doesNotContainKey(key);
				assertThat(quarantined.get(key)).as("quarantined " + key)
					.isNotNull()
					.satisfies((row) -> assertThat((String) row.get("reason")).isNotBlank());
			}
		}
		assertThat(inStatements.keySet()).as("nothing else in expense statements").isEqualTo(wellFormed);
		List<String> customers = sandbox.qince().customers();
		BigDecimal staged = this.jdbc
			.sql("""
					SELECT COALESCE(SUM(amount), 0) FROM erp_line
					WHERE category = 'EXPENSE' AND order_date BETWEEN :first AND :last AND counterparty_code IN (:customers)""")
			.param("first", java.sql.Date.valueOf(month.atDay(1)))
			.param("last", java.sql.Date.valueOf(month.atEndOfMonth()))
			.param("customers", customers)
			.query(BigDecimal.class)
			.single();
		BigDecimal inStatementsAmount = this.jdbc.sql("""
				SELECT COALESCE(SUM(sl.amount), 0) FROM statement_line sl
				JOIN statement_ledger s ON s.statement_no = sl.statement_no
				WHERE s.kind = 'EXPENSE' AND s.trade_month = ?""")
			.param(month.toString())
			.query(BigDecimal.class)
			.single();
		assertThat(inStatementsAmount).as("in expense statements (valid and invalid)").isEqualByComparingTo(staged);
		assertThat(staged).as("staged = well-formed ERP expense lines")
			.isEqualByComparingTo(sum(lines.stream().filter(ErpDocumentLine::isWellFormed)));
	}

	/**
	 * No write-back was made twice, and every ERP order and line of every verified
	 * statement (of either kind) carries its statement number and Qince id.
	 */
	private void assertWrittenBackOnce() {
		assertThat(sandbox.erp().writeBacks())
			.allSatisfy((writeBack) -> assertThat(writeBack.repeat()).as(writeBack.id()).isOne());
		List<Map<String, Object>> lines = this.jdbc.sql("""
				SELECT s.kind, s.statement_no, sl.business_type, sl.detail_id, sl.order_id FROM statement_line sl
				JOIN statement_ledger s ON s.statement_no = sl.statement_no WHERE s.state = 'VERIFIED'""")
			.query()
			.listOfRows();
		assertThat(lines).isNotEmpty();
		for (Map<String, Object> line : lines) {
			String number = (String) line.get("statement_no");
			StatementKind kind = StatementKind.valueOf((String) line.get("kind"));
			ErpDocumentType type = ErpDocumentType.valueOf((String) line.get("business_type"));
			SavedStatement inQince = ((kind == StatementKind.GOODS) ? sandbox.qince().statement(number)
					: sandbox.qince().expense(number))
				.orElseThrow();
			assertThat(sandbox.erp().voucherNo(type, (String) line.get("order_id"))).contains(number);
			assertThat(sandbox.erp().thirdId(type, (String) line.get("detail_id"))).contains(inQince.statementId());
		}
	}

	/** The ERP orders in the ledger's statements of a kind: type:order id → statement. */
	private Map<String, String> orders(String kind) {
		return this.jdbc.sql("""
				SELECT DISTINCT sl.business_type, sl.order_id, s.statement_no FROM statement_line sl
				JOIN statement_ledger s ON s.statement_no = sl.statement_no WHERE s.kind = ?""")
			.param(kind)
			.query()
			.listOfRows()
			.stream()
			.collect(Collectors.toMap((row) -> key((String) row.get("business_type"), (String) row.get("order_id")),
					(row) -> (String) row.get("statement_no")));
	}

	private Map<String, Map<String, Object>> quarantine() {
		return this.jdbc.sql("SELECT business_type, line_key, field_name, reason FROM erp_line_quarantine")
			.query()
			.listOfRows()
			.stream()
			.collect(Collectors.toMap((row) -> key((String) row.get("business_type"), (String) row.get("line_key")),
					(row) -> row));
	}

	private String ledgerState(String statementNo) {
		return this.jdbc.sql("SELECT state FROM statement_ledger WHERE statement_no = ?")
			.param(statementNo)
			.query(String.class)
			.single();
	}

	private RunReport report(JobExecution run) {
		String json = this.jdbc.sql("SELECT report_json FROM run_report WHERE job_execution_id = ?")
			.param(run.getId())
			.query(String.class)
			.single();
		return JSON.readValue(json, RunReport.class);
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

	/**
	 * FY + company + yyyyMM + customer; over 32 characters, its first 23, ~ and 8 hex
	 * digits of the SHA-256 of the whole (DESIGN.md, statement numbers).
	 */
	private static String number(ErpDocumentLine line) {
		String full = "FY" + line.companyCode() + "202509" + line.counterpartyCode();
		return (full.length() <= 32) ? full : full.substring(0, 23) + "~" + sha256(full).substring(0, 8);
	}

	private static String key(String businessType, String id) {
		return businessType + ":" + id;
	}

	private static BigDecimal sum(Stream<ErpDocumentLine> lines) {
		return lines.map(ErpDocumentLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	private static String money(BigDecimal amount) {
		return amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
