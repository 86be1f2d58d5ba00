package com.qincebridge.cli;

import java.util.List;

import com.qincebridge.http.MissingSettingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Runs the command named on the command line and keeps its exit status for
 * {@code SpringApplication.exit}. The only place besides the push endpoint that catches
 * everything: a failure is logged once and becomes a non-zero exit status with the reason
 * on stderr.
 */
@Component
class CommandRunner implements ApplicationRunner, ExitCodeGenerator {

	private static final Logger logger = LoggerFactory.getLogger(CommandRunner.class);

	private final List<CliCommand> commands;

	private final Environment environment;

	private int exitCode = ExitStatus.OK;

	CommandRunner(List<CliCommand> commands, Environment environment) {
		this.commands = commands;
		this.environment = environment;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (args.getNonOptionArgs().isEmpty()) {
			return;
		}
		String name = args.getNonOptionArgs().get(0);
		CliCommand command = this.commands.stream()
			.filter((candidate) -> candidate.command().commandName().equals(name))
			.findFirst()
			.orElse(null);
		if (command == null) {
			System.err.println("Unknown command: " + name + " (--help lists the commands)");
			this.exitCode = ExitStatus.USAGE;
			return;
		}
		try {
			this.exitCode = command.run(args);
		}
		catch (Exception ex) {
			if (MissingSettingException.causing(ex).isEmpty()) {
				logger.error("{} failed", name, ex);
			}
			this.exitCode = CommandFailure.of(name, this.environment).report(ex, System.err);
		}
	}

	@Override
	public int getExitCode() {
		return this.exitCode;
	}

}
