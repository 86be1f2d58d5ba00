package com.qincebridge.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.qincebridge.support.BridgeIntegrationTest;
import com.qincebridge.support.SandboxConnection;
import com.qincebridge.support.TestDatabase;
import com.qincebridge.sandbox.DataSetSpec;
import com.qincebridge.sandbox.Fault;
import com.qincebridge.sandbox.Sandbox;
import com.qincebridge.sandbox.SandboxSettings;
import com.qincebridge.sandbox.Trigger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The product as a child process, as cron or an operator's shell runs it: a database that
 * cannot be used and a failed run are one line on stderr with the exit status of the
 * README; the traces are in the log file only, never on stdout.
 */
@BridgeIntegrationTest
class CommandLineProcessIntegrationTests {

	@SandboxConnection
	static final Sandbox sandbox = Sandbox.start(SandboxSettings.defaults()
		.withData(DataSetSpec.defaults().withSize(120).withCompanies(1).withCustomersPerCompany(3)));

	@AfterAll
	static void stop() {
		sandbox.close();
	}

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path dir;

	@BeforeEach
	void clean() {
		sandbox.reset();
		OpsTestSupport.clean(this.jdbc);
	}

	@Test
	void checkWithAWrongDatabasePasswordFailsWithTheCauseOnTheFirstLine() throws Exception {
		TestDatabase.Coordinates database = TestDatabase.coordinates();
		List<String> args = new ArrayList<>(List.of("check"));
		if (database.url().contains("password=")) {
			args.add("--spring.datasource.url=" + database.url().replaceAll("password=[^&]*", "password=wrong-pw"));
		}
		else {
			args.addAll(List.of("--spring.datasource.url=" + database.url(),
					"--spring.datasource.username=" + database.username(), "--spring.datasource.password=wrong-pw"));
		}

		Result result = start(args);

		assertThat(result.status()).as(result::toString).isEqualTo(ExitStatus.FAILED);
		assertThat(result.err()).as(result::toString)
			.startsWith("check: Database: FAILED jdbc:mysql://")
			.contains("Access denied for user")
			.contains("; Qince and zhixdl were not checked (the trace is in " + logFile() + ")")
			.hasLineCount(1)
			.doesNotContain("wrong-pw");
		assertThat(result.out()).isEmpty();
		assertThat(log()).contains("Access denied for user").doesNotContain("wrong-pw");
	}

	@Test
	void checkWithAWrongDatabasePortFailsWithTheCauseOnTheFirstLine() throws Exception {
		String url = TestDatabase.coordinates().url().replaceFirst("//[^/]+/", "//127.0.0.1:18499/");
		List<String> args = new ArrayList<>(List.of("check", "--spring.datasource.url=" + url));
		credentials(args);

		Result result = start(args);

		assertThat(result.status()).as(result::toString).isEqualTo(ExitStatus.FAILED);
		assertThat(result.err()).as(result::toString)
			.startsWith("check: Database: FAILED jdbc:mysql://127.0.0.1:18499/")
			.contains("Communications link failure (Connection refused); Qince and zhixdl were not checked")
			.hasLineCount(1);
		assertThat(result.out()).isEmpty();
	}

	@Test
	void aFailedRunPrintsItsReasonOnStderrAndItsTraceOnlyInTheLogFile() throws Exception {
		sandbox.erp().faults().inject("FB_RECEIVE/query", Fault.httpStatus(500), Trigger.always());
		List<String> args = new ArrayList<>(List.of("run", "statement", "--trade-month=2025-09",
				"--spring.datasource.url=" + TestDatabase.coordinates().url(),
				"--bridge.erp.base-url=" + sandbox.erpBaseUrl(),
				"--bridge.erp.app-key=" + sandbox.settings().credentials().erpAppKey(),
				"--bridge.erp.company-codes=" + String.join(",", sandbox.erp().data().companyCodes()),
				"--bridge.erp.max-attempts=1", "--bridge.qince.base-url=" + sandbox.qinceBaseUrl(),
				"--bridge.qince.openid=" + sandbox.settings().credentials().qinceOpenid(),
				"--bridge.qince.appkey=" + sandbox.settings().credentials().qinceAppkey()));
		credentials(args);

		Result result = start(args);

		assertThat(result.status()).as(result::toString).isEqualTo(ExitStatus.FAILED);
		assertThat(result.out()).as(result::toString)
			.startsWith("Starting statement 2025-09.")
			.containsPattern("货款对账单 2025-09 \\(all statement customers\\) — run \\d+: FAILED")
			.doesNotContain("\tat ", "Exception");
		assertThat(result.err()).as(result::toString)
			.containsPattern("statementJob execution \\d+ ended FAILED: .*HTTP 500")
			.doesNotContain("\tat ");
		assertThat(log()).contains("Encountered an error executing step statementExtractStep").contains("\tat ");
	}

	private void credentials(List<String> args) {
		TestDatabase.Coordinates database = TestDatabase.coordinates();
		if (database.username() != null) {
			args.add("--spring.datasource.username=" + database.username());
		}
		if (database.password() != null) {
			args.add("--spring.datasource.password=" + database.password());
		}
	}

	private Result start(List<String> args) throws Exception {
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
						System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
						"com.qincebridge.QinceBridgeApplication"));
		command.addAll(args);
		command.add("--bridge.data-dir=" + this.dir);
		Path out = this.dir.resolve("stdout.txt");
		Path err = this.dir.resolve("stderr.txt");
		Process process = new ProcessBuilder(command).directory(this.dir.toFile())
			.redirectOutput(out.toFile())
			.redirectError(err.toFile())
			.start();
		if (!process.waitFor(5, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			throw new AssertionError("the command did not end: " + Files.readString(err));
		}
		return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
				Files.readString(err, StandardCharsets.UTF_8));
	}

	private Path logFile() {
		return this.dir.resolve("logs").resolve("qince-bridge.log").toAbsolutePath().normalize();
	}

	private String log() throws IOException {
		return Files.readString(logFile(), StandardCharsets.UTF_8);
	}

	record Result(int status, String out, String err) {

		@Override
		public String toString() {
			return "exit " + this.status + "\n--- stdout\n" + this.out + "\n--- stderr\n" + this.err;
		}

	}

}
