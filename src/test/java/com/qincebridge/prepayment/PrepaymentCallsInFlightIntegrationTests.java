package com.qincebridge.prepayment;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import com.qincebridge.support.SandboxConnection;
import com.qincebridge.sandbox.Sandbox;
import com.qincebridge.qince.PrepaymentVariant;
import com.qincebridge.qince.QinceClient;
import com.qincebridge.qince.QinceProperties;
import com.qincebridge.sandbox.Fault;
import com.qincebridge.sandbox.Gate;
import com.qincebridge.sandbox.QinceSimulator;
import com.qincebridge.sandbox.Trigger;
import com.qincebridge.support.BridgeIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.test.JobRepositoryTestUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The prepayment steps keep {@code bridge.qince.max-concurrency} calls in flight: with
 * the calls held at a gate, that many arrive at once (a chunk step would send one), then
 * every item is done once. The items of one code still go in the order of the file: a
 * reversal waits for the create of the same file, and is not sent when the create fails.
 */
@BridgeIntegrationTest
class PrepaymentCallsInFlightIntegrationTests {

	static final String HEADER = "action,variant,code,name,account,remark,activity_code,activity_cm_id,amount,"
			+ "ext_fields,erp_detail_id,reverse_time\n";

	@SandboxConnection
	static final Sandbox sandbox = PrepaymentSandbox.sandbox;

	@TempDir
	Path dir;

	@Autowired
	JobOperator jobOperator;

	@Autowired
	Job prepaymentApplyJob;

	@Autowired
	Job prepaymentSyncJob;

	@Autowired
	QinceClient qince;

	@Autowired
	QinceProperties qinceProperties;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JobRepository jobRepository;

	@Autowired
	JobRepositoryTestUtils jobRepositoryTestUtils;

	QinceSimulator simulator = sandbox.qince();

	@BeforeEach
	void clean() {
		this.jobRepositoryTestUtils.removeJobExecutions();
		sandbox.reset();
		PrepaymentSandbox.at("2025-10-01 09:00:00");
		for (String table : List.of("prepayment_apply", "prepayment_apply_row", "prepayment_erp_link", "prepayment",
				"prepayment_line", "prepayment_end_record", "prepayment_sync_state")) {
			this.jdbc.sql("DELETE FROM " + table).update();
		}
	}

	@Test
	void theApplyStepKeepsTheConcurrencyOfQinceCallsInFlight() throws Exception {
		int concurrency = this.qinceProperties.maxConcurrency();
		assertThat(concurrency).isGreaterThan(1);
		int rows = concurrency * 2 + 1;
		StringBuilder text = new StringBuilder(HEADER);
		for (int row = 1; row <= rows; row++) {
			text.append("ADD,AP_CP,W").append(row).append(",促销,fin01,,SQ1,cm1,").append(row).append(".00,,,\n");
		}
		Path file = Files.writeString(this.dir.resolve("window.csv"), text, StandardCharsets.UTF_8);
		// the query by code each item starts with
		Gate gate = new Gate();
		this.simulator.faults().inject("queryList", Fault.heldAt(gate), Trigger.always());

		JobExecution run = this.jobRepository.getJobExecution(whileHeld(gate, concurrency, () -> apply(file),
				() -> assertThat(this.simulator.calls("queryList")).isEqualTo(concurrency)));

		assertThat(gate.held()).as("calls held at once").isEqualTo(concurrency);
		assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(this.simulator.calls("queryList")).isEqualTo(rows);
		assertThat(this.simulator.calls("addApply")).isEqualTo(rows);
		assertThat(
				this.jdbc.sql("SELECT COUNT(*) FROM prepayment_apply_row WHERE file_path = ? AND outcome = 'APPLIED'")
					.param(file.toString())
					.query(Long.class)
					.single())
			.isEqualTo(rows);
	}

	@Test
	void theSyncStepKeepsTheConcurrencyOfDetailQueriesInFlight() throws Exception {
		int concurrency = this.qinceProperties.maxConcurrency();
		assertThat(concurrency).isGreaterThan(1);
		int prepayments = concurrency * 2 + 1;
		for (int number = 1; number <= prepayments; number++) {
			this.qince.addPrepayment(PrepaymentVariant.AP_CP,
					PrepaymentSandbox.apply("S" + number, "SQ1", "cm1", number + ".00"));
		}
		Gate gate = new Gate();
		this.simulator.faults().inject("queryDetailList", Fault.heldAt(gate), Trigger.always());

		JobExecution run = this.jobRepository.getJobExecution(whileHeld(gate, concurrency,
				() -> start(this.prepaymentSyncJob,
						new PrepaymentSyncRun(false, "2025-10-01 10:00:00").toJobParameters(0)),
				() -> assertThat(this.simulator.calls("queryDetailList")).isEqualTo(concurrency)));

		assertThat(gate.held()).as("calls held at once").isEqualTo(concurrency);
		assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(this.simulator.calls("queryDetailList")).as("one page of lines each").isEqualTo(prepayments);
		assertThat(
				this.jdbc.sql("SELECT COUNT(DISTINCT prepayment_code) FROM prepayment_line").query(Long.class).single())
			.isEqualTo(prepayments);
	}

	@Test
	void aReversalWaitsForTheCreateOfTheSameFile() throws Exception {
		assertThat(this.qinceProperties.maxConcurrency()).as("the three rows in flight at once").isGreaterThan(2);
		Path file = Files.writeString(this.dir.resolve("order.csv"),
				HEADER + "ADD,AP_CP,R1,促销,fin01,,SQ1,cm1,10.00,,,\nREVERSE,AP_CP,R1,,fin02,,,,,,,\n"
						+ "ADD,AP_CP,R2,促销,fin01,,SQ1,cm1,20.00,,,\n",
				StandardCharsets.UTF_8);
		Gate gate = new Gate();
		this.simulator.faults().inject("addApply", Fault.heldAt(gate), Trigger.always());

		// both creates are held; the reversal has not even looked for R1
		JobExecution run = this.jobRepository.getJobExecution(whileHeld(gate, 2, () -> apply(file),
				() -> assertThat(this.simulator.calls("queryList")).isEqualTo(2)));

		assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(this.simulator.calls("reverseApply")).isOne();
		assertThat(this.simulator.prepayment("R1").orElseThrow().reverseStatus()).isEqualTo("1");
		assertThat(result(file)).isEqualTo("""
				line,code,outcome,reason
				2,R1,APPLIED,
				3,R1,REVERSED,
				4,R2,APPLIED,
				""");
	}

	@Test
	void aReversalWhoseCreateFailedIsNotSentAndTheRestartAppliesBothInOrder() throws Exception {
		Path file = Files.writeString(this.dir.resolve("order.csv"),
				HEADER + "ADD,AP_CP,R1,促销,fin01,,SQ1,cm1,10.00,,,\nREVERSE,AP_CP,R1,,fin02,,,,,,,\n",
				StandardCharsets.UTF_8);
		this.simulator.faults().inject("addApply", Fault.httpStatus(503), Trigger.onCall(1));

		JobExecution failed = this.jobRepository.getJobExecution(apply(file));

		assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(failed.getExitStatus().getExitDescription()).startsWith("qince cuxiaoPrepayment/addApply: HTTP 503");
		assertThat(this.simulator.calls("queryList")).as("the reversal never looked for R1").isOne();
		assertThat(this.simulator.calls("reverseApply")).isZero();
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM prepayment_apply_row").query(Long.class).single()).isZero();

		JobExecution resumed = this.jobOperator.restart(failed);

		assertThat(resumed.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(this.simulator.calls("addApply")).isEqualTo(2);
		assertThat(this.simulator.calls("reverseApply")).isOne();
		assertThat(result(file)).isEqualTo("""
				line,code,outcome,reason
				2,R1,APPLIED,
				3,R1,REVERSED,
				""");
	}

	/**
	 * Start a job with the gate shut, wait until {@code held} of its calls wait there,
	 * check what is true while they wait, then open the gate and wait for the job.
	 */
	private long whileHeld(Gate gate, int held, Supplier<Long> job, Runnable whileWaiting) throws Exception {
		CompletableFuture<Long> run;
		try {
			run = CompletableFuture.supplyAsync(job);
			long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
			while (gate.waiting() < held && !run.isDone()) {
				assertThat(System.nanoTime()).as(held + " calls held at once within a minute, " + gate)
					.isLessThan(deadline);
				Thread.sleep(20);
			}
			assertThat(gate.waiting()).as("calls waiting at the gate").isEqualTo(held);
			whileWaiting.run();
		}
		finally {
			gate.open();
		}
		return run.get(2, TimeUnit.MINUTES);
	}

	/** Run the file once (a new job instance: each test's files are its own). */
	private long apply(Path file) {
		return start(this.prepaymentApplyJob, new PrepaymentApplyRun(file).toJobParameters(0));
	}

	/**
	 * The id of the job's execution (methods returning executions would run before each
	 * test).
	 */
	private long start(Job job, JobParameters parameters) {
		try {
			return this.jobOperator.start(job, parameters).getId();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The result file, without its BOM and with LF line ends. */
	private static String result(Path input) throws Exception {
		String text = Files.readString(input.resolveSibling(input.getFileName() + ".result.csv"),
				StandardCharsets.UTF_8);
		return text.substring(1).replace("\r\n", "\n");
	}

}
