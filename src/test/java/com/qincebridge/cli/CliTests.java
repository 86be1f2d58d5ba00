package com.qincebridge.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.OptionalInt;

import com.qincebridge.run.JobNames;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CliTests {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@Test
	void helpListsEveryCommandAndExitsZero() {
		assertThat(answer("--help")).hasValue(ExitStatus.OK);
		for (Command command : Command.values()) {
			assertThat(text(this.out)).contains("  " + command.commandName() + " ");
		}
		assertThat(text(this.err)).isEmpty();
	}

	@Test
	void noArgumentsPrintTheHelp() {
		assertThat(answer()).hasValue(ExitStatus.OK);
		assertThat(text(this.out)).startsWith("qince-bridge: closes the books");
	}

	@Test
	void everyCommandHasItsOwnHelp() {
		for (Command command : Command.values()) {
			this.out.reset();
			assertThat(answer(command.commandName(), "--help")).hasValue(ExitStatus.OK);
			assertThat(text(this.out)).startsWith("Usage: java -jar qince-bridge.jar " + command.commandName())
				.contains("Exit status");
		}
	}

	@Test
	void unknownCommandIsAUsageError() {
		assertThat(answer("frobnicate", "--trade-month=2025-09")).hasValue(ExitStatus.USAGE);
		assertThat(text(this.err)).isEqualTo("Unknown command: frobnicate (the commands: demo, check, run, serve, "
				+ "restart, stop, status, import-balances, hash-password, sandbox, bench; --help describes them)\n");
		assertThat(text(this.out)).isEmpty();
	}

	@Test
	void theHelpGivesTheExitStatusesAndWhereTheLogIs() {
		assertThat(answer("--help")).hasValue(ExitStatus.OK);
		assertThat(text(this.out)).contains("Exit status: 0 done, 1 ran and did not succeed, 2 wrong command line, 3")
			.contains("${bridge.data-dir}/logs/qince-bridge.log");
	}

	@Test
	void aKnownCommandIsLeftToTheApplication() {
		assertThat(answer("check", "--bridge.erp.company-codes=101")).isEmpty();
		assertThat(text(this.out)).isEmpty();
		assertThat(text(this.err)).isEmpty();
	}

	private OptionalInt answer(String... args) {
		return Cli.answerWithoutStarting(args, new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8));
	}

	private static String text(ByteArrayOutputStream stream) {
		return stream.toString(StandardCharsets.UTF_8);
	}

	@Test
	void onlyServeStartsAWebServer() {
		assertThat(Cli.applicationArguments(new String[] { "serve", "--server.port=9090" })).containsExactly("serve",
				"--server.port=9090", "--spring.main.web-application-type=servlet");
		assertThat(Cli.applicationArguments(new String[] { "--server.port=9090", "serve" }))
			.endsWith("--spring.main.web-application-type=servlet");
		assertThat(Cli.applicationArguments(new String[] { "run", "statement", "--trade-month=2025-09" }))
			.containsExactly("run", "statement", "--trade-month=2025-09");
	}

	@Test
	void jobNamesOnTheCommandLineAreTheJobBeans() {
		assertThat(JobNames.beanName("month-end-close")).isEqualTo("monthEndCloseJob");
		assertThat(JobNames.beanName("statement")).isEqualTo("statementJob");
		assertThat(JobNames.commandName("monthEndCloseJob")).isEqualTo("month-end-close");
		assertThat(JobNames.commandName("expenseJob")).isEqualTo("expense");
	}

}
