package com.qincebridge.cli;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import com.qincebridge.support.SandboxConnection;
import com.qincebridge.sandbox.DataSetSpec;
import com.qincebridge.sandbox.ErpWriteBack;
import com.qincebridge.sandbox.Fault;
import com.qincebridge.sandbox.Sandbox;
import com.qincebridge.sandbox.SandboxSettings;
import com.qincebridge.sandbox.StatementKind;
import com.qincebridge.sandbox.Trigger;
import com.qincebridge.support.BridgeIntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A run ends COMPLETED only when nothing of its month is left undone: every statement
 * sent or refused, in conflict or invalid with its reason, every write-back of its
 * verified statements done or refused by zhixdl with the reason. The report's first line
 * and {@code status} count what needs attention; the final check fails a run that left
 * something undone, and the same command then completes it.
 */
@BridgeIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class NothingLeftUndoneIntegrationTests {

	@SandboxConnection
	static final Sandbox sandbox = Sandbox.start(SandboxSettings.defaults()
		.withData(DataSetSpec.defaults()
			.withSize(400)
			.withCompanies(1)
			.withCustomersPerCompany(4)
			.withKnownCustomerShare(1.0)));

	/** Arms the tampering of the test that left something undone. */
	static final AtomicBoolean tamper = new AtomicBoolean();

	/**
	 * Arms the tampering of the test of a statement Qince did not list (the simulators'
	 * call observers stay for the class).
	 */
	static final AtomicBoolean unlist = new AtomicBoolean();

	@AfterAll
	static void stop() {
		tamper.set(false);
		unlist.set(false);
		sandbox.close();
	}

	@Autowired
	RunCommand run;

	@Autowired
	StatusCommand status;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void clean() {
		tamper.set(false);
		unlist.set(false);
		sandbox.reset();
		OpsTestSupport.clean(this.jdbc);
	}

	@Test
	void aCleanMonthCompletesWithNothingNeedingAttention(CapturedOutput output) throws Exception {
		assertThat(run("run", "statement", "--trade-month=2025-09")).isEqualTo(ExitStatus.OK);
		assertThat(run("run", "expense", "--trade-month=2025-09")).isEqualTo(ExitStatus.OK);

		assertThat(reportFirstLines(output.getOut())).containsExactly("Nothing needs attention",
				"Nothing needs attention");
		assertThat(output.getOut()).containsPattern(
				"statementFinalCheckStep\\s+COMPLETED .*; statementsNotSent 0, statementsNotVerified 0, writeBacksNotMade 0")
			.containsPattern(
					"expenseFinalCheckStep\\s+COMPLETED .*; statementsNotSent 0, statementsNotVerified 0, writeBacksNotMade 0");
	}

	@Test
	void refusedItemsDoNotFailTheRunAndAreCountedFirstInTheReportAndInStatus(CapturedOutput output) throws Exception {
		sandbox.qince().faults().inject("saveStatement", Fault.businessError("100608", "对账单号为空"), Trigger.onCall(1));
		sandbox.erp()
			.faults()
			.inject("FB_RECEIVABLE/update_third_id", Fault.businessError("10001", "明细不存在"), Trigger.onCall(1));
		sandbox.erp()
			.faults()
			.inject("FB_RECEIVABLE/update_third_id", Fault.businessError("10001", "明细不存在"), Trigger.onCall(5));

		assertThat(run("run", "statement", "--trade-month=2025-09")).isEqualTo(ExitStatus.OK);

		String attention = "3 items need attention: 1 statement rejected, 0 conflicts, 0 invalid, 2 write-backs refused";
		assertThat(reportFirstLines(output.getOut())).containsExactly(attention);
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM statement_ledger WHERE state = 'REJECTED'")
			.query(Long.class)
			.single()).isOne();
		assertThat(
				this.jdbc.sql("SELECT COUNT(*) FROM erp_writeback WHERE state = 'FAILED'").query(Long.class).single())
			.isEqualTo(2);

		assertThat(this.status.run(new DefaultApplicationArguments("status"))).isEqualTo(ExitStatus.OK);
		assertThat(output.getOut()).containsPattern("\\d+  statement  trade_month=2025-09  COMPLETED")
			.containsPattern("statementFinalCheckStep\\s+COMPLETED")
			.contains("      " + attention + System.lineSeparator());
	}

	@Test
	void aRunThatLeftSomethingUndoneFailsNamingItAndTheSameCommandCompletesIt(CapturedOutput output) throws Exception {
		AtomicInteger updates = new AtomicInteger();
		AtomicInteger forgotten = new AtomicInteger(-1);
		AtomicInteger forgottenOfOthers = new AtomicInteger(-1);
		String[] rebuilt = new String[1];
		// while the run writes back: a statement is built again (new content, to be
		// sent), and the record of the write-backs made so far is lost
		tamper.set(true);
		sandbox.erp().onCall((endpoint, at) -> {
			if (endpoint.contains("/update_") && updates.incrementAndGet() == 20 && tamper.compareAndSet(true, false)) {
				rebuilt[0] = this.jdbc
					.sql("SELECT MIN(statement_no) FROM statement_ledger WHERE kind = 'GOODS' AND state = 'VERIFIED'")
					.query(String.class)
					.single();
				this.jdbc
					.sql("UPDATE statement_ledger SET state = 'BUILT', content_hash = 'rebuilt' WHERE statement_no = ?")
					.param(rebuilt[0])
					.update();
				forgottenOfOthers
					.set(this.jdbc.sql("DELETE FROM erp_writeback WHERE statement_no <> ?").param(rebuilt[0]).update());
				forgotten.set(forgottenOfOthers.get()
						+ this.jdbc.sql("DELETE FROM erp_writeback WHERE statement_no = ?").param(rebuilt[0]).update());
			}
		});

		assertThat(run("run", "statement", "--trade-month=2025-09")).isEqualTo(ExitStatus.FAILED);

		// the statement to be sent wants no write-back until it is verified again
		assertThat(forgottenOfOthers.get()).isPositive().isLessThan(forgotten.get());
		assertThat(output.getErr()).contains("statementJob execution ")
			.contains(" ended FAILED: Left undone: 1 statement not sent (" + rebuilt[0] + "), "
					+ forgottenOfOthers.get() + " write-backs not made (")
			.contains("; resuming the run sends and writes them back");
		assertThat(output.getOut()).containsPattern(
				"statementFinalCheckStep\\s+FAILED .*; statementsNotSent 1, statementsNotVerified 0, writeBacksNotMade "
						+ forgottenOfOthers.get())
			.contains("Stopped by: Left undone: 1 statement not sent");
		long failed = this.jdbc.sql("SELECT JOB_EXECUTION_ID FROM BATCH_JOB_EXECUTION").query(Long.class).single();
		assertThat(reportFirstLines(output.getOut()))
			.containsExactly("FAILED: resume it with restart " + failed + "; nothing else needs attention");
		List<ErpWriteBack> madeBefore = sandbox.erp().writeBacks();

		assertThat(run("run", "statement", "--trade-month=2025-09")).isEqualTo(ExitStatus.OK);

		assertThat(output.getOut()).contains("Resuming statement 2025-09 from its checkpoint");
		assertThat(this.jdbc.sql("SELECT STATUS FROM BATCH_JOB_EXECUTION ORDER BY JOB_EXECUTION_ID")
			.query(String.class)
			.list()).containsExactly("FAILED", "COMPLETED");
		assertThat(this.jdbc.sql("SELECT DISTINCT state FROM statement_ledger").query(String.class).list())
			.containsExactly("VERIFIED");
		assertThat(sandbox.qince().statement(rebuilt[0]).orElseThrow().saveCount()).isEqualTo(2);
		assertThat(sandbox.qince().statements(StatementKind.GOODS)).filteredOn((s) -> !s.number().equals(rebuilt[0]))
			.allSatisfy((statement) -> assertThat(statement.saveCount()).isOne());
		// the forgotten write-backs made again (those of the statement sent again too),
		// nothing else
		assertThat(sandbox.erp().writeBacks()).hasSize(madeBefore.size() + forgotten.get());
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM erp_writeback WHERE state = 'DONE'").query(Long.class).single())
			.isEqualTo(madeBefore.size());
	}

	@Test
	void aSentStatementQinceDoesNotListFailsTheRunAndTheSameCommandVerifiesIt(CapturedOutput output) throws Exception {
		String[] unlisted = new String[1];
		// as if Qince had not listed one statement when the run verified: it stays SENT,
		// without a Qince id, so none of its write-backs would be wanted
		unlist.set(true);
		sandbox.erp().onCall((endpoint, at) -> {
			if (endpoint.contains("/update_") && unlist.compareAndSet(true, false)) {
				unlisted[0] = this.jdbc
					.sql("SELECT MIN(statement_no) FROM statement_ledger WHERE kind = 'GOODS' AND state = 'VERIFIED'")
					.query(String.class)
					.single();
				this.jdbc.sql("UPDATE statement_ledger SET state = 'SENT' WHERE statement_no = ?")
					.param(unlisted[0])
					.update();
			}
		});

		assertThat(run("run", "statement", "--trade-month=2025-09")).isEqualTo(ExitStatus.FAILED);

		assertThat(output.getErr()).contains(" ended FAILED: Left undone: 1 statement sent and not listed by Qince,"
				+ " so not written back (" + unlisted[0] + ")");
		assertThat(output.getOut()).containsPattern(
				"statementFinalCheckStep\\s+FAILED .*; statementsNotSent 0, statementsNotVerified 1, writeBacksNotMade 0");

		assertThat(run("run", "statement", "--trade-month=2025-09")).isEqualTo(ExitStatus.OK);

		assertThat(this.jdbc.sql("SELECT STATUS FROM BATCH_JOB_EXECUTION ORDER BY JOB_EXECUTION_ID")
			.query(String.class)
			.list()).containsExactly("FAILED", "COMPLETED");
		assertThat(this.jdbc.sql("SELECT DISTINCT state FROM statement_ledger").query(String.class).list())
			.containsExactly("VERIFIED");
		assertThat(sandbox.qince().statements(StatementKind.GOODS))
			.allSatisfy((statement) -> assertThat(statement.saveCount()).isOne());

		// status no longer tells the operator to resume the execution that was resumed
		List<Long> executions = this.jdbc.sql("SELECT JOB_EXECUTION_ID FROM BATCH_JOB_EXECUTION ORDER BY 1")
			.query(Long.class)
			.list();
		int before = output.getOut().length();
		assertThat(this.status.run(new DefaultApplicationArguments("status"))).isEqualTo(ExitStatus.OK);
		assertThat(output.getOut().substring(before))
			.contains("      FAILED: resumed by execution " + executions.get(1) + "; nothing else needed attention")
			.doesNotContain("resume it with restart");
	}

	@Test
	void theCheckOfARunForSomeCustomersCountsOnlyTheirStatements(CapturedOutput output) throws Exception {
		assertThat(run("run", "statement", "--trade-month=2025-09")).isEqualTo(ExitStatus.OK);
		List<String> customers = sandbox.qince().customers();
		// another customer's statement still to be sent: not this run's business
		this.jdbc.sql("UPDATE statement_ledger SET state = 'BUILT' WHERE customer_code = ?")
			.param(customers.get(1))
			.update();

		assertThat(run("run", "statement", "--trade-month=2025-09", "--customers=" + customers.get(0)))
			.isEqualTo(ExitStatus.OK);
		assertThat(
				this.jdbc.sql("SELECT COUNT(*) FROM statement_ledger WHERE state = 'BUILT'").query(Long.class).single())
			.isOne();

		assertThat(run("run", "statement", "--trade-month=2025-09", "--customers=" + customers.get(1)))
			.isEqualTo(ExitStatus.OK);
		assertThat(this.jdbc.sql("SELECT DISTINCT state FROM statement_ledger").query(String.class).list())
			.containsExactly("VERIFIED");
		assertThat(output.getOut()).containsPattern("statementFinalCheckStep\\s+COMPLETED .*; statementsNotSent 0");
	}

	private int run(String... args) throws Exception {
		return this.run.run(new DefaultApplicationArguments(args));
	}

	/** The first line of each report printed: the line before each run's title. */
	private static List<String> reportFirstLines(String out) {
		List<String> lines = out.lines().toList();
		return java.util.stream.IntStream.range(1, lines.size())
			.filter((i) -> lines.get(i).matches(".*对账单 2025-09 \\(.*\\) — run \\d+: [A-Z]+"))
			.mapToObj((i) -> lines.get(i - 1))
			.toList();
	}

}
