package com.qincebridge.cli;

import java.util.List;

import com.qincebridge.http.MissingSettingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
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

	private int exitCode = ExitStatus.OK;

	CommandRunner(List<CliCommand> commands) {
		this.commands = commands;
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
			System.err.println("Unknown command: " + name + " (java -jar qince-bridge.jar --help lists them)");
			this.exitCode = ExitStatus.USAGE;
			return;
		}
		try {
			this.exitCode = command.run(args);
		}
		catch (Exception ex) {
			var setting = MissingSettingException.causing(ex);
			if (setting.isPresent()) {
				System.err.println(name + ": " + setting.get().getMessage());
				this.exitCode = ExitStatus.CONFIGURATION;
				return;
			}
			logger.error("{} failed", name, ex);
			System.err.println(name + " failed: " + ex.getMessage());
			this.exitCode = ExitStatus.ERROR;
		}
	}

	@Override
	public int getExitCode() {
		return this.exitCode;
	}

}
