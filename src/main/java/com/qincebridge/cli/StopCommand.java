package com.qincebridge.cli;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.qincebridge.run.RunLauncher;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobExecutionNotRunningException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.boot.ApplicationArguments;
import org.springframework.stereotype.Component;

/**
 * {@code stop <executionId>}: ask a running execution to stop at its next chunk boundary.
 * The signal is stored in the database; that does not mean the execution has stopped —
 * {@code status} shows when it has, and {@code restart} resumes it. An execution whose
 * owner died (nobody holds its lock) is ended at once instead: STOPPED, resumable.
 */
@Component
class StopCommand implements CliCommand {

	private final JobOperator jobOperator;

	private final Executions executions;

	private final RunLauncher launcher;

	StopCommand(JobOperator jobOperator, Executions executions, RunLauncher launcher) {
		this.jobOperator = jobOperator;
		this.executions = executions;
		this.launcher = launcher;
	}

	@Override
	public Command command() {
		return Command.STOP;
	}

	@Override
	public int run(ApplicationArguments args) throws Exception {
		List<String> words = args.getNonOptionArgs();
		String unknown = CliOptions.unknown(args, Set.of());
		if (unknown != null) {
			return CliOptions.usage(Command.STOP, "unknown option --" + unknown);
		}
		if (words.size() != 2 || !words.get(1).matches("\\d{1,18}")) {
			return CliOptions.usage(Command.STOP, "name one execution id, a number (status lists them)");
		}
		long id = Long.parseLong(words.get(1));
		JobExecution execution = this.executions.find(id).orElse(null);
		if (execution != null && execution.isRunning()) {
			Optional<JobExecution> stopped = this.launcher.stopDead(execution);
			if (stopped.isPresent()) {
				System.out.printf("Execution %d was left running by a process that died; it is %s now. "
						+ "Resume it with: restart %d%n", id, stopped.get().getStatus(), id);
				return ExitStatus.OK;
			}
		}
		if (execution == null) {
			System.err.println("stop: no execution " + id + " (status lists the executions)");
			return ExitStatus.USAGE;
		}
		try {
			this.jobOperator.stop(execution);
		}
		catch (JobExecutionNotRunningException ex) {
			System.err.printf("stop: execution %d (%s) is not running: it ended %s%n", id,
					Executions.describe(execution), execution.getStatus());
			return ExitStatus.FAILED;
		}
		System.out.println("Asked execution " + id + " to stop at its next chunk boundary; status shows when it has.");
		return ExitStatus.OK;
	}

}
