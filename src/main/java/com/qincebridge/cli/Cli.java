package com.qincebridge.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.logging.LoggingSystemProperty;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;

/**
 * The command line: what is answered before the application starts (the list of commands,
 * each command's help, unknown commands) and how the application runs a command.
 */
public final class Cli {

	private static final List<String> HELP = List.of("--help", "-h", "help");

	private Cli() {
	}

	/**
	 * Answer the command line when it needs no application: no command, {@code --help},
	 * {@code <command> --help}, or an unknown command.
	 * @return the exit status when answered, empty when the application must run the
	 * command
	 */
	public static OptionalInt answerWithoutStarting(String[] args, PrintStream out, PrintStream err) {
		List<String> words = Arrays.stream(args).filter((arg) -> !arg.startsWith("--") || HELP.contains(arg)).toList();
		if (words.isEmpty() || HELP.contains(words.get(0))) {
			out.print(overview());
			return OptionalInt.of(ExitStatus.OK);
		}
		String name = words.get(0);
		var command = Command.named(name);
		if (command.isEmpty()) {
			err.println("Unknown command: " + name + " (the commands: "
					+ Arrays.stream(Command.values()).map(Command::commandName).collect(Collectors.joining(", "))
					+ "; --help describes them)");
			return OptionalInt.of(ExitStatus.USAGE);
		}
		if (Arrays.stream(args).anyMatch(HELP::contains)) {
			out.print(command.get().usage());
			return OptionalInt.of(ExitStatus.OK);
		}
		return OptionalInt.empty();
	}

	/**
	 * Run the command line's command in the application and return its exit status. Every
	 * command but {@code serve} logs to the log file only ({@code logging.file.name}; the
	 * console threshold {@code logging.threshold.console} is OFF unless set), so that
	 * what it prints is its own: a report on stdout, progress and one line per problem on
	 * stderr. An application that cannot start (a setting that cannot be read, a database
	 * that refuses the connection) is one line on stderr too, with its exit status.
	 */
	public static int run(SpringApplication application, String[] args) {
		String command = Arrays.stream(args).filter((arg) -> !arg.startsWith("--")).findFirst().orElse("qince-bridge");
		AtomicReference<CommandFailure> failure = new AtomicReference<>(new CommandFailure(command, null, null));
		application.addListeners((ApplicationListener<ApplicationEvent>) (event) -> {
			if (event instanceof ApplicationEnvironmentPreparedEvent prepared) {
				failure.set(CommandFailure.of(command, prepared.getEnvironment()));
			}
		});
		if (!command.equals(Command.SERVE.commandName())) {
			application.setDefaultProperties(Map.of("logging.threshold.console", "OFF"));
		}
		// the logging system keeps its settings in system properties that it never
		// replaces: a later application in this JVM (a test) must not inherit them
		List<String> unset = Arrays.stream(LoggingSystemProperty.values())
			.map(LoggingSystemProperty::getEnvironmentVariableName)
			.filter((name) -> System.getProperty(name) == null)
			.toList();
		try {
			return SpringApplication.exit(application.run(applicationArguments(args)));
		}
		catch (RuntimeException ex) {
			return failure.get().report(ex, System.err);
		}
		finally {
			unset.forEach(System::clearProperty);
		}
	}

	/**
	 * The arguments the application starts with: {@code serve} runs a web server (the
	 * push receiver and the ops endpoints), every other command none. Command-line
	 * arguments win over {@code spring.main.web-application-type=none} in the properties.
	 */
	public static String[] applicationArguments(String[] args) {
		List<String> words = Arrays.stream(args).filter((arg) -> !arg.startsWith("--")).toList();
		if (words.isEmpty() || !words.get(0).equals(Command.SERVE.commandName())) {
			return args;
		}
		String[] withWeb = Arrays.copyOf(args, args.length + 1);
		withWeb[args.length] = "--spring.main.web-application-type=servlet";
		return withWeb;
	}

	static String overview() {
		StringBuilder text = new StringBuilder("""
				qince-bridge: closes the books between the zhixdl ERP and Qince (勤策).

				Usage: java -jar qince-bridge.jar <command> [--name=value ...]

				Commands:
				""");
		for (Command command : Command.values()) {
			text.append(String.format("  %-18s %s%n", command.commandName(), command.summary()));
		}
		text.append("""

				Every command takes --help. Settings are given as --name=value, environment
				variables or application properties (see README.md, "Settings").

				Exit status: 0 done, 1 ran and did not succeed, 2 wrong command line, 3 a setting
				missing or not valid, 4 anything else. A problem is one line on stderr; the log,
				with the traces, is ${bridge.data-dir}/logs/qince-bridge.log (logging.file.name).
				""");
		return text.toString();
	}

}
