package com.qincebridge.cli;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.qincebridge.support.BridgeIntegrationTest;
import com.qincebridge.support.TestDatabase;
import com.qincebridge.sandbox.DataSetSpec;
import com.qincebridge.sandbox.ErpWriteBack;
import com.qincebridge.sandbox.Fault;
import com.qincebridge.sandbox.Sandbox;
import com.qincebridge.sandbox.SandboxSettings;
import com.qincebridge.sandbox.SavedStatement;
import com.qincebridge.sandbox.StatementKind;
import com.qincebridge.sandbox.Trigger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The product as a real child process, killed with SIGKILL in the middle of the send step
 * and run again with the same command: the run completes, every statement is in Qince
 * once, and no write-back is made twice.
 */
@BridgeIntegrationTest
class KilledRunIntegrationTests {

	static final Sandbox sandbox = Sandbox.start(SandboxSettings.defaults()
		.withData(DataSetSpec.defaults()
			.withSize(800)
			.withCompanies(1)
			.withCustomersPerCompany(12)
			.withKnownCustomerShare(1.0)));

	@DynamicPropertySource
	static void apis(DynamicPropertyRegistry registry) {
		OpsTestSupport.apis(registry, sandbox);
	}

	@AfterAll
	static void stop() {
		sandbox.close();
	}

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path logs;

	@BeforeEach
	void clean() {
		sandbox.reset();
		OpsTestSupport.clean(this.jdbc);
	}

	@Test
	void aRunKilledWhileSendingCompletesWhenTheSameCommandRunsAgain() throws Exception {
		// one statement at a time, each save slow: the send step takes seconds
		sandbox.qince().faults().inject("saveStatement", Fault.latency(Duration.ofMillis(400)), Trigger.always());
		Process first = start("first");
		awaitSending(first);
		first.destroyForcibly();
		assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
		int sentBeforeKill = sandbox.qince().statements(StatementKind.GOODS).size();
		assertThat(this.jdbc.sql("SELECT STATUS FROM BATCH_JOB_EXECUTION").query(String.class).single())
			.as("what a killed process leaves")
			.isEqualTo("STARTED");
		Thread.sleep(1_500);

		Process second = start("second", "--bridge.runs.stale-after=1s");

		assertThat(second.waitFor(3, TimeUnit.MINUTES)).isTrue();
		String output = output("second");
		assertThat(second.exitValue()).as(output).isZero();
		assertThat(output).contains("its process is gone; recovering it")
			.contains("Resuming statement 2025-09 from its checkpoint");
		List<String> ledger = this.jdbc
			.sql("SELECT statement_no FROM statement_ledger WHERE kind = 'GOODS' AND state = 'VERIFIED'")
			.query(String.class)
			.list();
		List<SavedStatement> saved = sandbox.qince().statements(StatementKind.GOODS);
		assertThat(sentBeforeKill).isPositive().isLessThan(saved.size());
		assertThat(saved).extracting(SavedStatement::number).containsExactlyInAnyOrderElementsOf(ledger);
		assertThat(saved).allSatisfy((statement) -> assertThat(statement.saveCount()).isOne());
		assertThat(this.jdbc.sql("SELECT STATUS FROM BATCH_JOB_EXECUTION ORDER BY JOB_EXECUTION_ID")
			.query(String.class)
			.list()).containsExactly("FAILED", "COMPLETED");
		List<ErpWriteBack> writeBacks = sandbox.erp().writeBacks();
		assertThat(writeBacks).isNotEmpty().allSatisfy((writeBack) -> assertThat(writeBack.repeat()).isOne());
		assertThat(writeBacks).hasSize(
				this.jdbc.sql("SELECT COUNT(*) FROM erp_writeback WHERE state = 'DONE'").query(Integer.class).single());
	}

	private void awaitSending(Process process) throws Exception {
		long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
		while (System.nanoTime() < deadline) {
			assertThat(process.isAlive()).as(() -> "the first run ended before sending: " + output("first")).isTrue();
			boolean sending = !this.jdbc
				.sql("SELECT STEP_NAME FROM BATCH_STEP_EXECUTION WHERE STEP_NAME = 'statementSendStep' "
						+ "AND STATUS = 'STARTED'")
				.query(String.class)
				.list()
				.isEmpty();
			if (sending && sandbox.qince().statements(StatementKind.GOODS).size() >= 2) {
				return;
			}
			Thread.sleep(50);
		}
		throw new AssertionError("the first run never reached the send step: " + output("first"));
	}

	private Process start(String name, String... extra) throws Exception {
		TestDatabase.Coordinates database = TestDatabase.coordinates();
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", classpath(),
						"com.qincebridge.QinceBridgeApplication", "run", "statement", "--trade-month=2025-09",
						"--spring.datasource.url=" + database.url(), "--bridge.erp.base-url=" + sandbox.erpBaseUrl(),
						"--bridge.erp.app-key=" + sandbox.settings().credentials().erpAppKey(),
						"--bridge.erp.company-codes=" + String.join(",", sandbox.erp().data().companyCodes()),
						"--bridge.erp.requests-per-second=1000", "--bridge.qince.base-url=" + sandbox.qinceBaseUrl(),
						"--bridge.qince.openid=" + sandbox.settings().credentials().qinceOpenid(),
						"--bridge.qince.appkey=" + sandbox.settings().credentials().qinceAppkey(),
						"--bridge.qince.requests-per-second=1000", "--bridge.qince.max-concurrency=1",
						"--bridge.runs.progress-every=1s"));
		if (database.username() != null) {
			command.add("--spring.datasource.username=" + database.username());
		}
		if (database.password() != null) {
			command.add("--spring.datasource.password=" + database.password());
		}
		command.addAll(List.of(extra));
		File log = this.logs.resolve(name + ".log").toFile();
		return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
	}

	/**
	 * Surefire runs tests with a manifest-only jar; the real class path is in this
	 * property.
	 */
	private static String classpath() {
		return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
	}

	private String output(String name) {
		try {
			return Files.readString(this.logs.resolve(name + ".log"), StandardCharsets.UTF_8);
		}
		catch (java.io.IOException ex) {
			return "(no output: " + ex.getMessage() + ")";
		}
	}

}
