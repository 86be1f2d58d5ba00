package com.qincebridge.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.qincebridge.support.BridgeIntegrationTest;
import com.qincebridge.qince.PrepaymentApply;
import com.qincebridge.qince.PrepaymentApplyDetail;
import com.qincebridge.qince.PrepaymentVariant;
import com.qincebridge.qince.QinceClient;
import com.qincebridge.sandbox.Fault;
import com.qincebridge.sandbox.PrepaymentKind;
import com.qincebridge.sandbox.Sandbox;
import com.qincebridge.sandbox.SandboxSettings;
import com.qincebridge.sandbox.Trigger;
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
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code run prepayment-sync} and {@code run prepayment-apply} as an operator uses them:
 * hyphenated job names, a sync that continues on every call and resumes a failed one, a
 * file applied once unless --rerun, whose re-run creates nothing twice.
 */
@BridgeIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class PrepaymentRunCommandIntegrationTests {

	static final Sandbox sandbox = Sandbox.start(SandboxSettings.defaults());

	@DynamicPropertySource
	static void apis(DynamicPropertyRegistry registry) {
		registry.add("bridge.erp.base-url", sandbox::erpBaseUrl);
		registry.add("bridge.erp.app-key", () -> sandbox.settings().credentials().erpAppKey());
		registry.add("bridge.erp.max-attempts", () -> "1");
		registry.add("bridge.qince.base-url", sandbox::qinceBaseUrl);
		registry.add("bridge.qince.openid", () -> sandbox.settings().credentials().qinceOpenid());
		registry.add("bridge.qince.appkey", () -> sandbox.settings().credentials().qinceAppkey());
		registry.add("bridge.qince.max-attempts", () -> "1");
		registry.add("bridge.qince.requests-per-second", () -> "1000");
	}

	@AfterAll
	static void stop() {
		sandbox.close();
	}

	@TempDir
	Path dir;

	@Autowired
	RunCommand run;

	@Autowired
	QinceClient qince;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void clean() {
		sandbox.reset();
		for (String table : List.of("BATCH_STEP_EXECUTION_CONTEXT", "BATCH_STEP_EXECUTION",
				"BATCH_JOB_EXECUTION_CONTEXT", "BATCH_JOB_EXECUTION_PARAMS", "BATCH_JOB_EXECUTION",
				"BATCH_JOB_INSTANCE", "prepayment", "prepayment_line", "prepayment_sync_state", "prepayment_apply",
				"prepayment_erp_link", "prepayment_end_record", "prepayment_apply_row")) {
			this.jdbc.sql("DELETE FROM " + table).update();
		}
	}

	@Test
	void everySyncStartsANewRunAndAFailedOneIsResumed(CapturedOutput output) throws Exception {
		this.qince.addPrepayment(PrepaymentVariant.AP_CP, new PrepaymentApply("C1", "促销", "fin01", null,
				List.of(new PrepaymentApplyDetail("SQ1", "cm1", "10.00", null))));

		assertThat(run("run", "prepayment-sync")).isEqualTo(ExitStatus.OK);
		assertThat(run("run", "prepayment-sync")).isEqualTo(ExitStatus.OK);
		assertThat(output.getOut()).contains("Starting prepayment-sync.", "Starting prepayment-sync (run 2).")
			.containsPattern("activity +supplier +applied +prepaid +verified +closed +erp_paid +difference\n"
					+ "SQ1 +10\\.00 +0\\.00 +0\\.00 +0\\.00 +0\\.00 +0\\.00\n");

		sandbox.qince().faults().inject("queryList", Fault.httpStatus(500), Trigger.always());
		assertThat(run("run", "prepayment-sync")).isEqualTo(ExitStatus.FAILED);
		assertThat(output.getErr()).contains("prepaymentSyncJob execution").contains("ended FAILED");
		sandbox.qince().faults().clear();
		assertThat(run("run", "prepayment-sync")).isEqualTo(ExitStatus.OK);
		assertThat(output.getOut()).contains("Resuming prepayment-sync from its checkpoint");
		assertThat(instances("prepaymentSyncJob")).isEqualTo(3);
		assertThat(this.jdbc.sql("SELECT prepayment_code FROM prepayment").query(String.class).list())
			.containsExactly("C1");
	}

	@Test
	void aFileIsAppliedOnceAndAgainOnlyWithRerunCreatingNothingTwice(CapturedOutput output) throws Exception {
		Path file = this.dir.resolve("finance.csv");
		Files.writeString(file,
				"action,variant,code,name,account,remark,activity_code,activity_cm_id,amount,"
						+ "ext_fields,erp_detail_id,reverse_time\nADD,AP_CP,F1,促销,fin01,,SQ1,cm1,10.00,,,\n",
				StandardCharsets.UTF_8);

		assertThat(run("run", "prepayment-apply")).isEqualTo(ExitStatus.USAGE);
		assertThat(output.getErr()).contains("--file=path.csv is required");
		assertThat(run("run", "prepayment-apply", "--file=" + file)).isEqualTo(ExitStatus.OK);
		assertThat(run("run", "prepayment-apply", "--file=" + file)).isEqualTo(ExitStatus.OK);
		assertThat(output.getOut()).contains("already completed");
		assertThat(run("run", "prepayment-apply", "--file=" + file, "--rerun")).isEqualTo(ExitStatus.OK);

		assertThat(sandbox.qince().prepayments(PrepaymentKind.AP_CP)).hasSize(1);
		assertThat(sandbox.qince().calls("addApply")).isOne();
		assertThat(Files.readString(this.dir.resolve("finance.csv.result.csv")))
			.isEqualTo("line,code,outcome,reason\n2,F1,APPLIED,applied by an earlier run\n");
		assertThat(instances("prepaymentApplyJob")).isEqualTo(2);
	}

	@Test
	void anApplyRunWhoseProcessDiedIsRecoveredAndAppliesEachRowOnce(CapturedOutput output) throws Exception {
		Path file = this.dir.resolve("finance.csv");
		Files.writeString(file,
				"action,variant,code,name,account,remark,activity_code,activity_cm_id,amount,"
						+ "ext_fields,erp_detail_id,reverse_time\nADD,AP_CP,F1,一,fin01,,SQ1,cm1,1.00,,,\n"
						+ "ADD,AP_CP,F2,二,fin01,,SQ1,cm2,2.00,,,\nADD,AP_CP,F3,三,fin01,,SQ1,cm3,3.00,,,\n",
				StandardCharsets.UTF_8);
		// F2 is stored by Qince, then its answer is lost and the process dies
		sandbox.qince().faults().inject("addApply", Fault.acceptThenFail(), Trigger.onCall(2));
		assertThat(run("run", "prepayment-apply", "--file=" + file)).isEqualTo(ExitStatus.FAILED);
		sandbox.qince().faults().clear();
		markStartedLongAgo();

		assertThat(run("run", "prepayment-apply", "--file=" + file)).isEqualTo(ExitStatus.OK);

		assertThat(output.getErr()).contains("its process is gone; recovering it");
		assertThat(output.getOut()).contains("Resuming prepayment-apply " + file);
		assertThat(sandbox.qince().prepayments(PrepaymentKind.AP_CP)).extracting((prepayment) -> prepayment.code())
			.containsExactly("F1", "F2", "F3");
		assertThat(sandbox.qince().calls("addApply")).isEqualTo(3);
		assertThat(Files.readString(this.dir.resolve("finance.csv.result.csv"))).isEqualTo("""
				line,code,outcome,reason
				2,F1,APPLIED,applied by an earlier run
				3,F2,APPLIED,created by an earlier attempt
				4,F3,APPLIED,
				""");
	}

	/** What a killed process leaves: STARTED, no end, no progress for an hour. */
	private void markStartedLongAgo() {
		this.jdbc
			.sql("UPDATE BATCH_JOB_EXECUTION SET STATUS = 'STARTED', EXIT_CODE = 'UNKNOWN', END_TIME = NULL, "
					+ "LAST_UPDATED = NOW() - INTERVAL 1 HOUR")
			.update();
		this.jdbc.sql("UPDATE BATCH_STEP_EXECUTION SET LAST_UPDATED = NOW() - INTERVAL 1 HOUR").update();
		this.jdbc.sql("UPDATE BATCH_STEP_EXECUTION SET STATUS = 'STARTED', END_TIME = NULL WHERE STATUS = 'FAILED'")
			.update();
	}

	private int run(String... args) throws Exception {
		return this.run.run(new DefaultApplicationArguments(args));
	}

	private long instances(String job) {
		return this.jdbc.sql("SELECT COUNT(*) FROM BATCH_JOB_INSTANCE WHERE JOB_NAME = ?")
			.param(job)
			.query(Long.class)
			.single();
	}

}
