package com.qincebridge.cli;

import java.util.List;
import java.util.Set;

import org.springframework.boot.ApplicationArguments;
import org.springframework.stereotype.Component;

/**
 * {@code restart <executionId>}: resume a FAILED or STOPPED execution from its
 * checkpoint.
 */
@Component
class RestartCommand implements CliCommand {

	private final JobRuns runs;

	RestartCommand(JobRuns runs) {
		this.runs = runs;
	}

	@Override
	public Command command() {
		return Command.RESTART;
	}

	@Override
	public int run(ApplicationArguments args) throws Exception {
		List<String> words = args.getNonOptionArgs();
		if (words.size() != 2 || !words.get(1).matches("\\d+") || CliOptions.unknown(args, Set.of()) != null) {
			System.err.print(Command.RESTART.usage());
			return ExitStatus.USAGE;
		}
		return this.runs.restart(Long.parseLong(words.get(1)), System.out, System.err);
	}

}
