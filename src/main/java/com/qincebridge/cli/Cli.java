package com.qincebridge.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;

/**
 * The part of the command line that is answered before the application starts: the list
 * of commands, each command's help, and unknown commands.
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
			err.println("Unknown command: " + name);
			err.print(overview());
			return OptionalInt.of(ExitStatus.USAGE);
		}
		if (Arrays.stream(args).anyMatch(HELP::contains)) {
			out.print(command.get().usage());
			return OptionalInt.of(ExitStatus.OK);
		}
		return OptionalInt.empty();
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
				""");
		return text.toString();
	}

}
