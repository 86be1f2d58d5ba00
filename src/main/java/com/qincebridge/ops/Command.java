package com.qincebridge.ops;

import java.util.Arrays;
import java.util.Optional;

/**
 * The commands of {@code java -jar qince-bridge.jar}, with the help each prints. Kept
 * apart from the code that runs them so that {@code --help} answers without starting
 * anything.
 */
public enum Command {

	CHECK("check", "check the settings, the database and that zhixdl and Qince answer", """
			Usage: java -jar qince-bridge.jar check [--name=value ...]

			Reads the settings, migrates the database, then calls Qince getCustomers once and the
			zhixdl FB_RECEIVABLE query once (one line) for each company in bridge.erp.company-codes,
			and prints what answered. Nothing is written to either system.

			Exit status: 0 when the database and both APIs answered, 1 when one of them did not,
			3 when a required setting is missing.
			""");

	private final String commandName;

	private final String summary;

	private final String usage;

	Command(String commandName, String summary, String usage) {
		this.commandName = commandName;
		this.summary = summary;
		this.usage = usage;
	}

	/** The word typed on the command line. */
	public String commandName() {
		return this.commandName;
	}

	public String summary() {
		return this.summary;
	}

	/** The full help of the command, as {@code <command> --help} prints it. */
	public String usage() {
		return this.usage;
	}

	public static Optional<Command> named(String name) {
		return Arrays.stream(values()).filter((command) -> command.commandName.equals(name)).findFirst();
	}

}
