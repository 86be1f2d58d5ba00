package com.qincebridge.cli;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.qincebridge.run.RunLauncher;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobExecutionNotRunningException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.launch.NoSuchJobExecutionException;
import org.springframework.batch.core.repository.JobRepository;
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

	private final JobRepository jobRepository;

	private final RunLauncher launcher;

	StopCommand(JobOperator jobOperator, JobRepository jobRepository, RunLauncher launcher) {
		this.jobOperator = jobOperator;
		this.jobRepository = jobRepository;
		this.launcher = launcher;
	}

	@Override
	public Command command() {
		return Command.STOP;
	}

	@Override
	public int run(ApplicationArguments args) throws Exception {
		List<String> words = args.getNonOptionArgs();
		if (words.size() != 2 || !words.get(1).matches("\\d+") || CliOptions.unknown(args, Set.of()) != null) {
			System.err.print(Command.STOP.usage());
			return ExitStatus.USAGE;
		}
		long id = Long.parseLong(words.get(1));
		JobExecution execution = this.jobRepository.getJobExecution(id);
		if (execution != null && execution.isRunning()) {
			Optional<JobExecution> stopped = this.launcher.stopDead(execution);
			if (stopped.isPresent()) {
				System.out.printf("Execution %d was left running by a process that died; it is %s now. "
						+ "Resume it with: restart %d%n", id, stopped.get().getStatus(), id);
				return ExitStatus.OK;
			}
		}
		try {
			this.jobOperator.stop(id);
		}
		catch (NoSuchJobExecutionException ex) {
			System.err.println("No job execution " + id + " (status lists them).");
			return ExitStatus.USAGE;
		}
		catch (JobExecutionNotRunningException ex) {
			System.err.println("Execution " + id + " is not running.");
			return ExitStatus.FAILED;
		}
		System.out.println("Asked execution " + id + " to stop at its next chunk boundary; status shows when it has.");
		return ExitStatus.OK;
	}

}
