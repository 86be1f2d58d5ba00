package com.qincebridge.cli;

import java.util.List;
import java.util.TreeSet;

import com.qincebridge.support.BridgeIntegrationTest;
import com.qincebridge.support.SandboxConnection;
import com.qincebridge.sandbox.DataSetSpec;
import com.qincebridge.sandbox.ErpCustomer;
import com.qincebridge.sandbox.Fault;
import com.qincebridge.sandbox.Sandbox;
import com.qincebridge.sandbox.SandboxSettings;
import com.qincebridge.sandbox.Trigger;
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
 * Wrong command lines and ids, as an adversarial operator types them: each is one line on
 * stderr naming the problem, with the exit status of the README, and starts nothing.
 */
@BridgeIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class WrongCommandLinesIntegrationTests {

	@SandboxConnection
	static final Sandbox sandbox = Sandbox.start(SandboxSettings.defaults()
		.withData(DataSetSpec.defaults()
			.withSize(120)
			.withCompanies(1)
			.withCustomersPerCompany(4)
			.withKnownCustomerShare(0.5)));

	@AfterAll
	static void stop() {
		sandbox.close();
	}

	@Autowired
	RunCommand run;

	@Autowired
	RestartCommand restart;

	@Autowired
	StopCommand stop;

	@Autowired
	StatusCommand status;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void clean() {
		sandbox.reset();
		OpsTestSupport.clean(this.jdbc);
	}

	@Test
	void restartOfAnUnknownExecutionIsAUsageError(CapturedOutput output) throws Exception {
		assertThat(this.restart.run(args("restart", "999999"))).isEqualTo(ExitStatus.USAGE);

		assertThat(output.getErr()).isEqualTo("restart: no execution 999999 (status lists the executions)\n");
	}

	@Test
	void stopOfAnUnknownExecutionIsAUsageError(CapturedOutput output) throws Exception {
		assertThat(this.stop.run(args("stop", "999999"))).isEqualTo(ExitStatus.USAGE);

		assertThat(output.getErr()).isEqualTo("stop: no execution 999999 (status lists the executions)\n");
	}

	@Test
	void restartOrStopOfSomethingThatIsNotAnIdIsAUsageError(CapturedOutput output) throws Exception {
		assertThat(this.restart.run(args("restart", "abc"))).isEqualTo(ExitStatus.USAGE);
		assertThat(this.stop.run(args("stop", "99999999999999999999"))).isEqualTo(ExitStatus.USAGE);

		assertThat(output.getErr()).isEqualTo("""
				restart: name one execution id, a number (status lists them) (restart --help shows the usage)
				stop: name one execution id, a number (status lists them) (stop --help shows the usage)
				""");
	}

	@Test
	void restartOfACompletedExecutionSaysThereIsNothingToResumeAndExitsZero(CapturedOutput output) throws Exception {
		assertThat(run("run", "statement", "--trade-month=2025-09")).isEqualTo(ExitStatus.OK);
		long id = lastExecution();

		assertThat(this.restart.run(args("restart", Long.toString(id)))).isEqualTo(ExitStatus.OK);

		assertThat(output.getOut()).contains("Execution " + id + " (statement trade_month=2025-09) already COMPLETED; "
				+ "nothing to resume. To run it again: run statement --trade-month=2025-09 --rerun\n");
		assertThat(OpsTestSupport.instances(this.jdbc, "statementJob")).isOne();
		assertThat(executions()).isOne();
	}

	@Test
	void restartOfAFailedExecutionThatALaterOneCompletedExitsZero(CapturedOutput output) throws Exception {
		sandbox.erp().faults().inject("FB_RECEIVE/query", Fault.httpStatus(500), Trigger.always());
		assertThat(run("run", "statement", "--trade-month=2025-09")).isEqualTo(ExitStatus.FAILED);
		long failed = lastExecution();
		sandbox.erp().faults().clear();
		assertThat(run("run", "statement", "--trade-month=2025-09")).isEqualTo(ExitStatus.OK);
		long completed = lastExecution();

		assertThat(this.restart.run(args("restart", Long.toString(failed)))).isEqualTo(ExitStatus.OK);

		assertThat(output.getOut()).contains("Execution " + failed + " (statement trade_month=2025-09) was resumed "
				+ "by execution " + completed + ", which COMPLETED; nothing to resume.");
		assertThat(executions()).isEqualTo(2);
	}

	@Test
	void stopOfACompletedExecutionSaysHowItEnded(CapturedOutput output) throws Exception {
		assertThat(run("run", "statement", "--trade-month=2025-09")).isEqualTo(ExitStatus.OK);
		long id = lastExecution();

		assertThat(this.stop.run(args("stop", Long.toString(id)))).isEqualTo(ExitStatus.FAILED);

		assertThat(output.getErr()).endsWith(
				"stop: execution " + id + " (statement trade_month=2025-09) is not running: it ended COMPLETED\n");
	}

	@Test
	void statusWithALimitOutOfRangeGivesTheAllowedRange(CapturedOutput output) {
		assertThat(this.status.run(args("status", "--limit=99999999999"))).isEqualTo(ExitStatus.USAGE);
		assertThat(this.status.run(args("status", "--limit=0"))).isEqualTo(ExitStatus.USAGE);

		assertThat(output.getErr()).isEqualTo("""
				status: --limit must be a whole number from 1 to 1000: "99999999999" (status --help shows the usage)
				status: --limit must be a whole number from 1 to 1000: "0" (status --help shows the usage)
				""");
		assertThat(this.status.run(args("status", "--limit=1000"))).isEqualTo(ExitStatus.OK);
	}

	@Test
	void statusOfAnUnknownJobNamesTheJobs(CapturedOutput output) {
		assertThat(this.status.run(args("status", "--job=invoices"))).isEqualTo(ExitStatus.USAGE);

		assertThat(output.getErr()).isEqualTo("status: unknown job \"invoices\"; the jobs: expense, month-end-close, "
				+ "prepayment-apply, prepayment-sync, statement (status --help shows the usage)\n");
	}

	@Test
	void anEmptyCustomersOptionIsAUsageErrorNotEveryCustomer(CapturedOutput output) throws Exception {
		assertThat(run("run", "statement", "--trade-month=2025-09", "--customers=")).isEqualTo(ExitStatus.USAGE);
		assertThat(run("run", "statement", "--trade-month=2025-09", "--customers=,")).isEqualTo(ExitStatus.USAGE);
		assertThat(run("run", "statement", "--trade-month=2025-09", "--customers")).isEqualTo(ExitStatus.USAGE);

		assertThat(output.getErr()).isEqualTo("""
				run: --customers needs at least one customer code: "" (run --help shows the usage)
				run: --customers needs at least one customer code: "," (run --help shows the usage)
				run: --customers needs at least one customer code: "" (run --help shows the usage)
				""");
		assertThat(executions()).isZero();
	}

	@Test
	void customerCodesQinceDoesNotListAreNamedAndNothingRuns(CapturedOutput output) throws Exception {
		String known = sandbox.erp().data().knownCustomers().get(0).code();
		String unknownToQince = sandbox.erp()
			.data()
			.customers()
			.stream()
			.filter((customer) -> !customer.knownToQince())
			.map(ErpCustomer::code)
			.findFirst()
			.orElseThrow();

		assertThat(run("run", "statement", "--trade-month=2025-09", "--customers=" + known + ",NOPE," + unknownToQince))
			.isEqualTo(ExitStatus.USAGE);

		assertThat(output.getErr()).isEqualTo("run: --customers names "
				+ String.join(", ", new TreeSet<>(List.of("NOPE", unknownToQince)))
				+ ", which Qince does not list as statement customers (getCustomers) (run --help shows the usage)\n");
		assertThat(executions()).isZero();
		assertThat(run("run", "statement", "--trade-month=2025-09", "--customers=" + known)).isEqualTo(ExitStatus.OK);
	}

	@Test
	void rerunTakesTrueOrFalseOrNoValue(CapturedOutput output) throws Exception {
		assertThat(run("run", "statement", "--trade-month=2025-09", "--rerun=maybe")).isEqualTo(ExitStatus.USAGE);
		assertThat(output.getErr())
			.isEqualTo("run: --rerun takes no value, or true or false: \"maybe\" (run --help shows the usage)\n");
		assertThat(executions()).isZero();

		assertThat(run("run", "statement", "--trade-month=2025-09")).isEqualTo(ExitStatus.OK);
		assertThat(run("run", "statement", "--trade-month=2025-09", "--rerun=false")).isEqualTo(ExitStatus.OK);
		assertThat(output.getOut()).contains("statement 2025-09 already completed");
		assertThat(run("run", "statement", "--trade-month=2025-09", "--rerun=TRUE")).isEqualTo(ExitStatus.OK);
		assertThat(output.getOut()).contains("Starting statement 2025-09 (run 2).");
	}

	@Test
	void anOptionOfAnotherJobOrGivenTwiceIsAUsageError(CapturedOutput output) throws Exception {
		assertThat(run("run", "prepayment-sync", "--trade-month=2025-09")).isEqualTo(ExitStatus.USAGE);
		assertThat(run("run", "month-end-close", "--trade-month=2025-09", "--rerun")).isEqualTo(ExitStatus.USAGE);
		assertThat(run("run", "statement", "--trade-month=2025-09", "--trade-month=2025-10"))
			.isEqualTo(ExitStatus.USAGE);
		assertThat(run("run")).isEqualTo(ExitStatus.USAGE);

		assertThat(output.getErr()).isEqualTo(
				"""
						run: prepayment-sync takes no --trade-month; its options: --rerun (run --help shows the usage)
						run: month-end-close takes no --rerun; its options: --reopen --trade-month (run --help shows the usage)
						run: --trade-month is given twice: 2025-09, 2025-10 (run --help shows the usage)
						run: name one job: statement, expense, month-end-close, prepayment-sync, prepayment-apply (run --help shows the usage)
						""");
		assertThat(executions()).isZero();
	}

	private int run(String... args) throws Exception {
		return this.run.run(args(args));
	}

	private static DefaultApplicationArguments args(String... args) {
		return new DefaultApplicationArguments(args);
	}

	private long lastExecution() {
		return this.jdbc.sql("SELECT MAX(JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION").query(Long.class).single();
	}

	private long executions() {
		return this.jdbc.sql("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION").query(Long.class).single();
	}

}
