package com.qincebridge.cli;

import com.qincebridge.run.JobNames;

import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.stereotype.Component;

/**
 * The executions the commands name by id ({@code restart}, {@code stop}).
 */
@Component
class Executions {

	private final JobRepository jobRepository;

	Executions(JobRepository jobRepository) {
		this.jobRepository = jobRepository;
	}

	/**
	 * The execution with this id, with its steps; empty when there is none (Spring Batch
	 * 6.0.6's JDBC repository answers an unknown id with an exception, not null).
	 */
	Optional<JobExecution> find(long id) {
		try {
			return Optional.ofNullable(this.jobRepository.getJobExecution(id));
		}
		catch (EmptyResultDataAccessException ex) {
			return Optional.empty();
		}
	}

	/**
	 * The execution that completed the execution's job instance: the execution itself, or
	 * a later one that resumed it; empty while the instance has not completed.
	 */
	Optional<JobExecution> completion(JobExecution execution) {
		return this.jobRepository.getJobExecutions(execution.getJobInstance())
			.stream()
			.filter((candidate) -> candidate.getStatus() == BatchStatus.COMPLETED)
			.max(Comparator.comparingLong(JobExecution::getId));
	}

	/**
	 * The command that runs the execution's job again with the same parameters, as a new
	 * run: {@code run statement --trade-month=2025-09 --rerun}; a month-end close is
	 * closed again with {@code --reopen}.
	 */
	static String runAgain(JobExecution execution) {
		String job = JobNames.commandName(execution.getJobInstance().getJobName());
		String options = execution.getJobParameters()
			.getIdentifyingParameters()
			.stream()
			.filter((parameter) -> !parameter.name().equals("rerun"))
			.sorted(Comparator.comparing((parameter) -> parameter.name()))
			.map((parameter) -> " --" + parameter.name().replace('_', '-') + "=" + parameter.value())
			.collect(Collectors.joining());
		return "run " + job + options + (job.equals("month-end-close") ? " --reopen" : " --rerun");
	}

	/**
	 * "statement trade_month=2025-09": the job's command name and identifying parameters.
	 */
	static String describe(JobExecution execution) {
		String parameters = execution.getJobParameters()
			.getIdentifyingParameters()
			.stream()
			.sorted(Comparator.comparing((parameter) -> parameter.name()))
			.map((parameter) -> parameter.name() + "=" + parameter.value())
			.collect(Collectors.joining(" "));
		return JobNames.commandName(execution.getJobInstance().getJobName())
				+ (parameters.isEmpty() ? "" : " " + parameters);
	}

}
