package com.qincebridge.cli;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.boot.ApplicationArguments;
import org.springframework.stereotype.Component;

/**
 * {@code restart <executionId>}: resume a FAILED or STOPPED execution from its
 * checkpoint. An execution whose job instance already completed (by itself or by a later
 * execution that resumed it) has nothing to resume: that is said, with exit status 0, as
 * {@code run} does for a month that already completed.
 */
@Component
class RestartCommand implements CliCommand {

	private final JobRuns runs;

	private final Executions executions;

	RestartCommand(JobRuns runs, Executions executions) {
		this.runs = runs;
		this.executions = executions;
	}

	@Override
	public Command command() {
		return Command.RESTART;
	}

	@Override
	public int run(ApplicationArguments args) throws Exception {
		List<String> words = args.getNonOptionArgs();
		String unknown = CliOptions.unknown(args, Set.of());
		if (unknown != null) {
			return CliOptions.usage(Command.RESTART, "unknown option --" + unknown);
		}
		if (words.size() != 2 || !words.get(1).matches("\\d{1,18}")) {
			return CliOptions.usage(Command.RESTART, "name one execution id, a number (status lists them)");
		}
		long id = Long.parseLong(words.get(1));
		JobExecution execution = this.executions.find(id).orElse(null);
		if (execution == null) {
			System.err.println("restart: no execution " + id + " (status lists the executions)");
			return ExitStatus.USAGE;
		}
		Optional<JobExecution> completion = this.executions.completion(execution);
		if (completion.isPresent()) {
			long by = completion.get().getId();
			System.out.printf("Execution %d (%s) %s; nothing to resume. To run it again: %s%n", id,
					Executions.describe(execution),
					(by == id) ? "already COMPLETED" : "was resumed by execution " + by + ", which COMPLETED",
					Executions.runAgain(execution));
			return ExitStatus.OK;
		}
		return this.runs.restart(id, System.out, System.err);
	}

}
