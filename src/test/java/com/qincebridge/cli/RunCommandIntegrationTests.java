package com.qincebridge.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

import com.qincebridge.support.BridgeIntegrationTest;
import com.qincebridge.support.SandboxConnection;
import com.qincebridge.run.RunClaim;
import com.qincebridge.run.RunOwners;
import com.qincebridge.sandbox.DataSetSpec;
import com.qincebridge.sandbox.Fault;
import com.qincebridge.sandbox.Sandbox;
import com.qincebridge.sandbox.SandboxSettings;
import com.qincebridge.sandbox.Trigger;
import com.qincebridge.support.TradeMonthRun;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The job commands as an operator uses them: exit statuses, what they print, resuming
 * failed and crashed runs, re-runs, and importing opening balances.
 */
@BridgeIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class RunCommandIntegrationTests {

	@SandboxConnection
	static final Sandbox sandbox = Sandbox.start(SandboxSettings.defaults()
		.withData(DataSetSpec.defaults().withSize(400).withCompanies(1).withCustomersPerCompany(4)));

	@AfterAll
	static void stop() {
		sandbox.close();
	}

	@Autowired
	RunCommand run;

	@Autowired
	ImportBalancesCommand importBalances;

	@Autowired
	StatusCommand status;

	@Autowired
	StopCommand stop;

	@Autowired
	RestartCommand restart;

	@Autowired
	RunOwners owners;

	@Autowired
	JdbcClient jdbc;

	static final YearMonth SEPTEMBER = YearMonth.of(2025, 9);

	@BeforeEach
	void clean() {
		sandbox.reset();
		for (String table : List.of("BATCH_STEP_EXECUTION_CONTEXT", "BATCH_STEP_EXECUTION",
				"BATCH_JOB_EXECUTION_CONTEXT", "BATCH_JOB_EXECUTION_PARAMS", "BATCH_JOB_EXECUTION",
				"BATCH_JOB_INSTANCE", "statement_customer", "erp_line", "erp_line_quarantine", "statement_ledger",
				"statement_line", "erp_writeback", "opening_balance", "run_report")) {
			this.jdbc.sql("DELETE FROM " + table).update();
		}
	}

	@Test
	void aCompletedMonthIsNotRunAgainUnlessRerunIsAsked(CapturedOutput output) throws Exception {
		assertThat(run("run", "statement", "--trade-month=2025-09")).isEqualTo(ExitStatus.OK);
		assertThat(output.getOut()).contains("Starting statement 2025-09.")
			.contains("货款对账单 2025-09 (all statement customers)")
			.contains("every cent accounted for");

		assertThat(run("run", "statement", "--trade-month=2025-09")).isEqualTo(ExitStatus.OK);
		assertThat(output.getOut()).contains("statement 2025-09 already completed").contains("add --rerun");

		assertThat(run("run", "statement", "--trade-month=2025-09", "--rerun")).isEqualTo(ExitStatus.OK);
		assertThat(output.getOut()).contains("Starting statement 2025-09 (run 2).");
		assertThat(instances()).isEqualTo(2);
	}

	@Test
	void aFailedRunExitsOneWithTheReasonAndTheNextRunResumesIt(CapturedOutput output) throws Exception {
		sandbox.erp().faults().inject("FB_RECEIVE/query", Fault.httpStatus(500), Trigger.always());

		assertThat(run("run", "statement", "--trade-month=2025-09")).isEqualTo(ExitStatus.FAILED);
		assertThat(output.getErr()).contains("ended FAILED")
			.contains("HTTP 500")
			.contains("Resume it from its checkpoint with: restart");

		sandbox.erp().faults().clear();
		assertThat(run("run", "statement", "--trade-month=2025-09")).isEqualTo(ExitStatus.OK);
		assertThat(output.getOut()).contains("Resuming statement 2025-09 from its checkpoint");
		assertThat(instances()).isOne();
	}

	@Test
	void anExecutionLeftStartedByADeadProcessIsRecoveredAndResumedAtOnce(CapturedOutput output) throws Exception {
		sandbox.qince().faults().inject("saveStatement", Fault.httpStatus(503), Trigger.always());
		assertThat(run("run", "statement", "--trade-month=2025-09")).isEqualTo(ExitStatus.FAILED);
		sandbox.qince().faults().clear();
		// what a killed process leaves: STARTED, no end, and its lock released with its
		// connection
		markStarted("NOW()");
		try (RunClaim liveOwner = this.owners
			.claim("statementJob", TradeMonthRun.wholeMonth(SEPTEMBER).toJobParameters(0))
			.orElseThrow()) {
			assertThat(run("run", "statement", "--trade-month=2025-09")).isEqualTo(ExitStatus.FAILED);
			assertThat(output.getErr()).contains("statement 2025-09 is running: execution")
				.contains("owned by pid " + ProcessHandle.current().pid());
			assertThat(run("run", "statement", "--trade-month=2025-09", "--rerun")).isEqualTo(ExitStatus.FAILED);
		}

		assertThat(run("run", "statement", "--trade-month=2025-09")).isEqualTo(ExitStatus.OK);
		assertThat(output.getErr()).contains("was left running by a process that died");
		assertThat(output.getOut()).contains("Resuming statement 2025-09 from its checkpoint");
		assertThat(instances()).isOne();
		assertThat(sandbox.qince().statements(com.qincebridge.sandbox.StatementKind.GOODS))
			.allSatisfy((statement) -> assertThat(statement.saveCount()).isOne());
	}

	@Test
	void stopEndsAtOnceAnExecutionWhoseOwnerDiedAndRestartResumesIt(CapturedOutput output) throws Exception {
		sandbox.qince().faults().inject("saveStatement", Fault.httpStatus(503), Trigger.always());
		assertThat(run("run", "statement", "--trade-month=2025-09")).isEqualTo(ExitStatus.FAILED);
		sandbox.qince().faults().clear();
		markStarted("NOW()");
		long id = this.jdbc.sql("SELECT JOB_EXECUTION_ID FROM BATCH_JOB_EXECUTION").query(Long.class).single();

		assertThat(this.stop.run(new DefaultApplicationArguments("stop", Long.toString(id)))).isEqualTo(ExitStatus.OK);
		assertThat(output.getOut())
			.contains("Execution " + id + " was left running by a process that died; it is STOPPED now");
		assertThat(this.jdbc.sql("SELECT STATUS FROM BATCH_JOB_EXECUTION").query(String.class).single())
			.isEqualTo("STOPPED");

		assertThat(this.restart.run(new DefaultApplicationArguments("restart", Long.toString(id))))
			.isEqualTo(ExitStatus.OK);
		assertThat(output.getOut()).contains("Resuming execution " + id + " of statementJob from its checkpoint");
		assertThat(instances()).isOne();
		assertThat(sandbox.qince().statements(com.qincebridge.sandbox.StatementKind.GOODS)).isNotEmpty()
			.allSatisfy((statement) -> assertThat(statement.saveCount()).isOne());
	}

	@Test
	void wrongCommandLinesAreUsageErrors(CapturedOutput output) throws Exception {
		assertThat(run("run", "invoices", "--trade-month=2025-09")).isEqualTo(ExitStatus.USAGE);
		assertThat(output.getErr()).contains("run: unknown job invoices; the jobs: statement, expense");
		assertThat(run("run", "statement", "--trade-month=2025-13")).isEqualTo(ExitStatus.USAGE);
		assertThat(output.getErr()).contains("--trade-month must be YYYY-MM: 2025-13");
		assertThat(run("run", "statement", "--trade-mnth=2025-09")).isEqualTo(ExitStatus.USAGE);
		assertThat(output.getErr()).contains("run: unknown option --trade-mnth (run --help shows the usage)");
		assertThat(run("run", "statement", "--trade-month=2025-09", "--from=2025-10-01", "--to=2025-10-02"))
			.isEqualTo(ExitStatus.USAGE);
		assertThat(output.getErr()).contains("must lie in the trade month 2025-09");
		assertThat(instances()).isZero();
	}

	@Test
	void statusListsExecutionsWithTheirSteps(CapturedOutput output) throws Exception {
		assertThat(run("run", "statement", "--trade-month=2025-09")).isEqualTo(ExitStatus.OK);

		assertThat(this.status.run(new DefaultApplicationArguments("status", "--job=statement")))
			.isEqualTo(ExitStatus.OK);

		assertThat(output.getOut()).containsPattern("\\d+  statement  trade_month=2025-09  COMPLETED")
			.contains("statementWriteBackStep       COMPLETED");
	}

	@Test
	void importBalancesImportsGoodLinesAndNamesTheBadOnes(@TempDir Path dir, CapturedOutput output) throws Exception {
		Path file = dir.resolve("balances.csv");
		Files.writeString(file, """
				company_code,customer_code,trade_month,amount
				101,C101-0001,2025-09,1200.50
				101,C101-0002,2025-9,10
				101,C101-0003,2025-09,-35.10
				101,C101-0004,2025-09,12,5
				""", StandardCharsets.UTF_8);

		int exit = this.importBalances.run(new DefaultApplicationArguments("import-balances", file.toString()));

		assertThat(exit).isEqualTo(ExitStatus.FAILED);
		assertThat(output.getOut()).contains("Imported 2 opening balances");
		assertThat(output.getErr()).contains("line 3, column C (trade_month): must be YYYY-MM: \"2025-9\"")
			.contains("line 5, column E: a value beyond the 4 columns");
		assertThat(this.jdbc.sql("SELECT customer_code, amount FROM opening_balance ORDER BY customer_code")
			.query((rs, row) -> rs.getString(1) + "=" + rs.getBigDecimal(2).stripTrailingZeros().toPlainString())
			.list()).containsExactly("C101-0001=1200.5", "C101-0003=-35.1");
	}

	private int run(String... args) throws Exception {
		return this.run.run(new DefaultApplicationArguments(args));
	}

	private long instances() {
		return this.jdbc.sql("SELECT COUNT(*) FROM BATCH_JOB_INSTANCE WHERE JOB_NAME = 'statementJob'")
			.query(Long.class)
			.single();
	}

	private void markStarted(String lastUpdated) {
		this.jdbc
			.sql("UPDATE BATCH_JOB_EXECUTION SET STATUS = 'STARTED', EXIT_CODE = 'UNKNOWN', END_TIME = NULL, "
					+ "LAST_UPDATED = " + lastUpdated)
			.update();
		this.jdbc.sql("UPDATE BATCH_STEP_EXECUTION SET LAST_UPDATED = " + lastUpdated).update();
		this.jdbc.sql("UPDATE BATCH_STEP_EXECUTION SET STATUS = 'STARTED', END_TIME = NULL WHERE STATUS = 'FAILED'")
			.update();
	}

}
