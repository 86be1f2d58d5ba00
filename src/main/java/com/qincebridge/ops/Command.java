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
			"""),

	SANDBOX("sandbox", "run in-process simulators of zhixdl and Qince on a local port, for trials", """
			Usage: java -jar qince-bridge.jar sandbox [--port=N] [--seed=N] [--size=N]
			         [--months=2025-09,2025-10] [--companies=N] [--customers=N] [--known-share=0.75]
			         [--malformed-rate=0] [--erp-app-key=K] [--qince-openid=O] [--qince-appkey=K]
			         [--qince-push-secret=S]

			Starts stateful simulators of the zhixdl open API and the Qince OpenAPI on one server at
			127.0.0.1 (port 0, the default, picks a free one), prints the settings that point
			serve, check or your own tools at them, and runs until Ctrl-C. The ERP data set is
			generated from the seed: about --size detail lines over --months, for --companies
			companies (101, 102, …) of --customers customers each, of which a --known-share are
			returned by Qince getCustomers; --malformed-rate of the lines carry a malformed date or
			amount. What the simulators recorded is shown as JSON under /sandbox on the same port.

			Exit status: 0 when stopped, 2 when an option is not valid.
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
