package com.qincebridge.prepayment;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.qincebridge.support.SandboxConnection;
import com.qincebridge.sandbox.Sandbox;
import com.qincebridge.sandbox.Fault;
import com.qincebridge.sandbox.Gate;
import com.qincebridge.sandbox.PrepaymentKind;
import com.qincebridge.sandbox.QincePrepayment;
import com.qincebridge.sandbox.Trigger;
import com.qincebridge.support.BridgeIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.test.JobRepositoryTestUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two runs of the {@code prepayment-apply} job for different files at the same time: the
 * first is held at its first create while the second runs from start to end, and each
 * still reads, applies and reports exactly the rows of its own file.
 */
@BridgeIntegrationTest
class PrepaymentApplyConcurrentRunsIntegrationTests {

	static final String HEADER = "action,variant,code,name,account,remark,activity_code,activity_cm_id,amount,"
			+ "ext_fields,erp_detail_id,reverse_time";

	@SandboxConnection
	static final Sandbox sandbox = PrepaymentSandbox.sandbox;

	@TempDir
	Path dir;

	@Autowired
	JobOperator jobOperator;

	@Autowired
	Job prepaymentApplyJob;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JobRepository jobRepository;

	@Autowired
	JobRepositoryTestUtils jobRepositoryTestUtils;

	@BeforeEach
	void clean() {
		this.jobRepositoryTestUtils.removeJobExecutions();
		sandbox.reset();
		PrepaymentSandbox.at("2025-10-01 09:00:00");
		for (String table : List.of("prepayment_apply", "prepayment_apply_row", "prepayment_erp_link")) {
			this.jdbc.sql("DELETE FROM " + table).update();
		}
	}

	@Test
	void twoFilesAtOnceEachApplyAndReportOnlyTheirOwnRows() throws Exception {
		Path first = file("first.csv", "A1", "A2", "A3");
		Path second = file("second.csv", "B1", "B2");
		Gate gate = new Gate();
		sandbox.qince().faults().inject("addApply", Fault.heldAt(gate), Trigger.onCall(1));

		CompletableFuture<Long> held = CompletableFuture.supplyAsync(() -> apply(first));
		JobExecution other;
		try {
			awaitHeld(gate);
			other = this.jobRepository.getJobExecution(apply(second));
			assertThat(held).isNotDone();
		}
		finally {
			gate.open();
		}
		JobExecution heldRun = this.jobRepository.getJobExecution(held.get(2, TimeUnit.MINUTES));

		assertThat(other.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(heldRun.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(result(first)).isEqualTo("""
				line,code,outcome,reason
				2,A1,APPLIED,
				3,A2,APPLIED,
				4,A3,APPLIED,
				""");
		assertThat(result(second)).isEqualTo("""
				line,code,outcome,reason
				2,B1,APPLIED,
				3,B2,APPLIED,
				""");
		assertThat(sandbox.qince().prepayments(PrepaymentKind.AP_CP)).extracting(QincePrepayment::code)
			.containsExactlyInAnyOrder("A1", "A2", "A3", "B1", "B2");
		assertThat(sandbox.qince().calls("addApply")).isEqualTo(5);
	}

	private Path file(String name, String... codes) throws Exception {
		StringBuilder text = new StringBuilder(HEADER).append('\n');
		for (String code : codes) {
			text.append("ADD,AP_CP,").append(code).append(",促销,fin01,,SQ1,cm1,10.00,,,\n");
		}
		Path file = this.dir.resolve(name);
		Files.writeString(file, text, StandardCharsets.UTF_8);
		return file;
	}

	/** Run the file once (a new job instance: each test's files are its own). */
	private long apply(Path file) {
		try {
			return this.jobOperator.start(this.prepaymentApplyJob, new PrepaymentApplyRun(file).toJobParameters(0))
				.getId();
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

	private static void awaitHeld(Gate gate) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
		while (gate.waiting() == 0) {
			assertThat(System.nanoTime()).as("the first run's create held within a minute").isLessThan(deadline);
			Thread.sleep(20);
		}
	}

}
