package com.qincebridge.staging;

import com.qincebridge.cli.ExitStatus;
import com.qincebridge.cli.OpsTestSupport;
import com.qincebridge.cli.RunCommand;
import com.qincebridge.sandbox.DataSetSpec;
import com.qincebridge.sandbox.Sandbox;
import com.qincebridge.sandbox.SandboxSettings;
import com.qincebridge.sandbox.StatementKind;
import com.qincebridge.support.BridgeIntegrationTest;
import com.qincebridge.support.SandboxConnection;
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
 * The dirty-data threshold: a month with more than
 * {@code bridge.runs.max-quarantined-share} (5% by default) of its lines quarantined is
 * not built or sent; the run fails, resumable, with the count.
 */
@BridgeIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class QuarantineShareIntegrationTests {

	@SandboxConnection
	static final Sandbox sandbox = Sandbox.start(SandboxSettings.defaults()
		.withData(DataSetSpec.defaults()
			.withSize(300)
			.withCompanies(1)
			.withCustomersPerCompany(4)
			.withMalformedRate(0.4)));

	@AfterAll
	static void stop() {
		sandbox.close();
	}

	@Autowired
	RunCommand run;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void clean() {
		sandbox.reset();
		OpsTestSupport.clean(this.jdbc);
	}

	@Test
	void aMonthWithMoreQuarantinedLinesThanTheThresholdFailsBeforeAnythingIsSent(CapturedOutput output)
			throws Exception {
		int status = this.run.run(new DefaultApplicationArguments("run", "statement", "--trade-month=2025-09"));

		assertThat(status).isEqualTo(ExitStatus.FAILED);
		long staged = count("SELECT COUNT(*) FROM erp_line WHERE business_type IN ('FB_RECEIVABLE', 'FB_RECEIVE')");
		long quarantined = count(
				"SELECT COUNT(*) FROM erp_line_quarantine WHERE business_type IN ('FB_RECEIVABLE', 'FB_RECEIVE')");
		assertThat(quarantined * 20).as("more than 5% quarantined").isGreaterThan(staged + quarantined);
		assertThat(output.getErr()).contains(
				"%d of the %d ERP lines of 2025-09".formatted(quarantined, staged + quarantined),
				"are quarantined, more than bridge.runs.max-quarantined-share (5%)");
		assertThat(count("SELECT COUNT(*) FROM statement_ledger")).as("nothing built").isZero();
		assertThat(sandbox.qince().statements(StatementKind.GOODS)).as("nothing sent").isEmpty();
		assertThat(count("""
				SELECT COUNT(*) FROM BATCH_STEP_EXECUTION
				WHERE STEP_NAME = 'statementQuarantineCheckStep' AND STATUS = 'FAILED'""")).isEqualTo(1);
	}

	private long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

}
