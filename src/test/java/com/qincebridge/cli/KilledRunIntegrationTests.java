package com.qincebridge.cli;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import com.qincebridge.support.BridgeIntegrationTest;
import com.qincebridge.support.SandboxConnection;
import com.qincebridge.support.TestDatabase;
import com.qincebridge.sandbox.DataSetSpec;
import com.qincebridge.sandbox.ErpWriteBack;
import com.qincebridge.sandbox.Fault;
import com.qincebridge.sandbox.Sandbox;
import com.qincebridge.sandbox.SandboxSettings;
import com.qincebridge.sandbox.SavedStatement;
import com.qincebridge.sandbox.StatementKind;
import com.qincebridge.sandbox.Trigger;
import org.jspecify.annotations.Nullable;
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
 * The product as a real child process, killed with SIGKILL while extracting, sending and
 * writing back, and run again with the same command at once: the run resumes without
 * waiting and ends with exactly the statements and write-backs of a clean run. And a live
 * owner whose chunk outlasts every timeout keeps its run: a second run is refused.
 */
@BridgeIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class KilledRunIntegrationTests {

	/** zhixdl calls in flight at once: at most this many write-backs are made twice. */
	static final int ERP_CONCURRENCY = 2;

	@SandboxConnection
	static final Sandbox sandbox = Sandbox.start(SandboxSettings.defaults()
		.withData(DataSetSpec.defaults()
			.withSize(800)
			.withCompanies(1)
			.withCustomersPerCompany(12)
			.withKnownCustomerShare(1.0)));

	/**
	 * What a clean run of the month leaves, made once by the first test that needs it.
	 */
	private static @Nullable Month clean;

	@AfterAll
	static void stop() {
		sandbox.close();
	}

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RunCommand run;

	@Autowired
	RestartCommand restart;

	@TempDir
	Path logs;

	@BeforeEach
	void clean() {
		sandbox.reset();
		OpsTestSupport.clean(this.jdbc);
	}

	@Test
	void aRunKilledWhileExtractingCompletesWhenTheSameCommandRunsAgainAtOnce() throws Exception {
		Month expected = cleanRun();
		sandbox.erp().faults().inject("query", Fault.latency(Duration.ofMillis(150)), Trigger.always());
		Process first = start("first");
		await(first, "the extract step staging lines", () -> running("statementExtractStep")
				&& this.jdbc.sql("SELECT COUNT(*) FROM erp_line").query(Long.class).single() > 0);
		kill(first);
		assertThat(sandbox.qince().statements(StatementKind.GOODS)).as("nothing sent before the kill").isEmpty();

		assertResumedAtOnceAndLike(expected);
	}

	@Test
	void aRunKilledWhileSendingCompletesWhenTheSameCommandRunsAgainAtOnce() throws Exception {
		Month expected = cleanRun();
		// one statement at a time, each save slow: the send step takes seconds
		sandbox.qince().faults().inject("saveStatement", Fault.latency(Duration.ofMillis(400)), Trigger.always());
		Process first = start("first");
		await(first, "the send step sending",
				() -> running("statementSendStep") && sandbox.qince().statements(StatementKind.GOODS).size() >= 2);
		kill(first);
		int sentBeforeKill = sandbox.qince().statements(StatementKind.GOODS).size();

		assertResumedAtOnceAndLike(expected);
		assertThat(sentBeforeKill).isPositive().isLessThan(expected.statements().size());
	}

	@Test
	void aRunKilledWhileWritingBackCompletesWhenTheSameCommandRunsAgainAtOnce() throws Exception {
		Month expected = cleanRun();
		sandbox.erp().faults().inject("update_third_id", Fault.latency(Duration.ofMillis(60)), Trigger.always());
		Process first = start("first");
		await(first, "the write-back step writing back",
				() -> running("statementWriteBackStep") && sandbox.erp().writeBacks().size() >= 10);
		kill(first);
		int writtenBeforeKill = sandbox.erp().writeBacks().size();

		assertResumedAtOnceAndLike(expected);
		assertThat(writtenBeforeKill).isPositive().isLessThan(expected.writeBacks().size());
	}

	@Test
	void aSecondRunIsRefusedWhileTheOwnersChunkOutlastsEveryTimeout(CapturedOutput output) throws Exception {
		// the first save takes far longer than the owner's connection may stay silent
		// (owner-timeout) and than any progress setting
		sandbox.qince().faults().inject("saveStatement", Fault.latency(Duration.ofSeconds(12)), Trigger.onCall(1));
		Process owner = start("owner", "--bridge.runs.owner-timeout=2s", "--bridge.qince.read-timeout=5m");
		await(owner, "the owner inside its long chunk",
				() -> running("statementSendStep") && sandbox.qince().calls("saveStatement") >= 1
						&& sandbox.qince().statements(StatementKind.GOODS).isEmpty());
		long execution = this.jdbc.sql("SELECT JOB_EXECUTION_ID FROM BATCH_JOB_EXECUTION").query(Long.class).single();

		assertThat(this.run.run(new DefaultApplicationArguments("run", "statement", "--trade-month=2025-09")))
			.isEqualTo(ExitStatus.FAILED);
		assertThat(this.run.run(new DefaultApplicationArguments("run", "statement", "--trade-month=2025-09",
				"--customers=" + sandbox.qince().customers().get(0))))
			.isEqualTo(ExitStatus.FAILED);
		assertThat(this.restart.run(new DefaultApplicationArguments("restart", Long.toString(execution))))
			.isEqualTo(ExitStatus.FAILED);
		assertThat(output.getErr())
			.contains("statement 2025-09 is running: execution " + execution + ", owned by pid " + owner.pid())
			.contains("(alive)");

		assertThat(owner.waitFor(3, TimeUnit.MINUTES)).isTrue();
		assertThat(owner.exitValue()).as(output("owner")).isZero();
		assertThat(this.jdbc.sql("SELECT STATUS FROM BATCH_JOB_EXECUTION").query(String.class).list())
			.containsExactly("COMPLETED");
		assertThat(sandbox.qince().statements(StatementKind.GOODS)).isNotEmpty()
			.allSatisfy((statement) -> assertThat(statement.saveCount()).isOne());
	}

	/**
	 * Run the same command again at once: it recovers the dead owner's execution, resumes
	 * it, and the month ends as a clean run left it.
	 */
	private void assertResumedAtOnceAndLike(Month expected) throws Exception {
		sandbox.erp().faults().clear();
		sandbox.qince().faults().clear();
		assertThat(this.jdbc.sql("SELECT STATUS FROM BATCH_JOB_EXECUTION").query(String.class).single())
			.as("what a killed process leaves")
			.isEqualTo("STARTED");
		List<ErpWriteBack> beforeKill = sandbox.erp().writeBacks();

		Process second = start("second");

		assertThat(second.waitFor(3, TimeUnit.MINUTES)).isTrue();
		String output = output("second");
		assertThat(second.exitValue()).as(output).isZero();
		assertThat(output).contains("was left running by a process that died")
			.contains("Resuming statement 2025-09 from its checkpoint");
		assertThat(this.jdbc.sql("SELECT STATUS FROM BATCH_JOB_EXECUTION ORDER BY JOB_EXECUTION_ID")
			.query(String.class)
			.list()).containsExactly("FAILED", "COMPLETED");
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM run_owner").query(Long.class).single()).isZero();

		Month month = Month.now();
		assertThat(month.statements()).isEqualTo(expected.statements());
		assertThat(sandbox.qince().statements(StatementKind.GOODS))
			.allSatisfy((statement) -> assertThat(statement.saveCount()).isOne());
		assertThat(month.writeBacks()).isEqualTo(expected.writeBacks());
		List<ErpWriteBack> all = sandbox.erp().writeBacks();
		List<ErpWriteBack> repeated = all.stream().filter((writeBack) -> writeBack.repeat() > 1).toList();
		// a write-back is made again only when its call was in flight at the kill
		assertThat(repeated).hasSizeLessThanOrEqualTo(ERP_CONCURRENCY)
			.allSatisfy((writeBack) -> assertThat(writeBack.repeat()).isEqualTo(2))
			.allSatisfy((writeBack) -> assertThat(beforeKill)
				.anySatisfy((first) -> assertThat(key(first)).isEqualTo(key(writeBack))));
		assertThat(
				this.jdbc.sql("SELECT COUNT(*) FROM erp_writeback WHERE state = 'DONE'").query(Integer.class).single())
			.isEqualTo(expected.writeBacks().size());
	}

	private Month cleanRun() throws Exception {
		if (clean == null) {
			assertThat(this.run.run(new DefaultApplicationArguments("run", "statement", "--trade-month=2025-09")))
				.isEqualTo(ExitStatus.OK);
			clean = Month.now();
			assertThat(clean.statements()).isNotEmpty();
			assertThat(clean.writeBacks()).isNotEmpty();
			sandbox.reset();
			OpsTestSupport.clean(this.jdbc);
		}
		return clean;
	}

	private boolean running(String step) {
		return !this.jdbc.sql("SELECT STEP_NAME FROM BATCH_STEP_EXECUTION WHERE STEP_NAME = ? AND STATUS = 'STARTED'")
			.param(step)
			.query(String.class)
			.list()
			.isEmpty();
	}

	private void await(Process process, String what, BooleanSupplier reached) throws Exception {
		long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
		while (System.nanoTime() < deadline) {
			assertThat(process.isAlive()).as(() -> "the run ended before " + what + ": " + output("first")).isTrue();
			if (reached.getAsBoolean()) {
				return;
			}
			Thread.sleep(50);
		}
		throw new AssertionError("the run never reached " + what + ": " + output("first"));
	}

	/**
	 * SIGKILL, then wait until the simulators have handled the calls the dead process had
	 * sent: each takes effect after its injected latency, like a call whose answer is
	 * lost.
	 */
	private static void kill(Process process) throws InterruptedException {
		process.destroyForcibly();
		assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (sandbox.erp().callsInProgress() + sandbox.qince().callsInProgress() > 0) {
			assertThat(System.nanoTime()).as("the simulators still handling the dead process's calls")
				.isLessThan(deadline);
			Thread.sleep(10);
		}
	}

	private Process start(String name, String... extra) throws Exception {
		TestDatabase.Coordinates database = TestDatabase.coordinates();
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", classpath(),
						"com.qincebridge.QinceBridgeApplication", "run", "statement", "--trade-month=2025-09",
						"--spring.datasource.url=" + database.url(), "--bridge.erp.base-url=" + sandbox.erpBaseUrl(),
						"--bridge.erp.app-key=" + sandbox.settings().credentials().erpAppKey(),
						"--bridge.erp.company-codes=" + String.join(",", sandbox.erp().data().companyCodes()),
						"--bridge.erp.requests-per-second=1000", "--bridge.erp.max-concurrency=" + ERP_CONCURRENCY,
						"--bridge.qince.base-url=" + sandbox.qinceBaseUrl(),
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

	private static String key(ErpWriteBack writeBack) {
		return writeBack.type() + " " + writeBack.kind() + " " + writeBack.id();
	}

	/**
	 * The month as Qince and zhixdl hold it.
	 *
	 * @param statements each statement number with the content Qince last accepted
	 * @param writeBacks each written ERP id with every distinct value written to it
	 */
	record Month(Map<String, String> statements, Map<String, List<String>> writeBacks) {

		static Month now() {
			Map<String, String> statements = new TreeMap<>();
			for (SavedStatement statement : sandbox.qince().statements(StatementKind.GOODS)) {
				statements.put(statement.number(), statement.content().toString());
			}
			Map<String, List<String>> writeBacks = sandbox.erp()
				.writeBacks()
				.stream()
				.collect(Collectors.groupingBy(KilledRunIntegrationTests::key, TreeMap::new,
						Collectors.collectingAndThen(Collectors.mapping(ErpWriteBack::value, Collectors.toSet()),
								(values) -> values.stream().sorted().toList())));
			return new Month(statements, writeBacks);
		}

	}

}
