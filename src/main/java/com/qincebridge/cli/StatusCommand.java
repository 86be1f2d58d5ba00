package com.qincebridge.cli;

import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.qincebridge.prepayment.PrepaymentApplyFiles;
import com.qincebridge.report.RunReports;
import com.qincebridge.run.JobNames;
import com.qincebridge.run.RunOwner;
import com.qincebridge.run.RunOwners;
import org.jspecify.annotations.Nullable;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.boot.ApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@code status [--job=NAME] [--limit=N]}: the recent executions, newest first, with
 * their parameters and each step's counts, read from the job repository's tables; for a
 * running execution, its owner (host, pid, since when) and whether it is alive; for a
 * statement run, how many items need attention, as the first line of its report says.
 */
@Component
class StatusCommand implements CliCommand {

	/** The most executions one call lists. */
	static final int MAX_LIMIT = 1000;

	private static final Set<String> RUNNING = Set.of("STARTING", "STARTED", "STOPPING");

	private final JdbcClient jdbc;

	private final Map<String, Job> jobs;

	private final JobRepository jobRepository;

	private final RunOwners owners;

	private final RunReports reports;

	StatusCommand(JdbcClient jdbc, Map<String, Job> jobs, JobRepository jobRepository, RunOwners owners,
			RunReports reports) {
		this.jdbc = jdbc;
		this.jobs = jobs;
		this.jobRepository = jobRepository;
		this.owners = owners;
		this.reports = reports;
	}

	@Override
	public Command command() {
		return Command.STATUS;
	}

	@Override
	public int run(ApplicationArguments args) {
		String unknown = CliOptions.unknown(args, Set.of("job", "limit"));
		if (unknown != null) {
			return CliOptions.usage(Command.STATUS, "unknown option --" + unknown);
		}
		if (args.getNonOptionArgs().size() != 1) {
			return CliOptions.usage(Command.STATUS, "takes no argument: " + args.getNonOptionArgs().get(1));
		}
		String limitText;
		String job;
		try {
			limitText = CliOptions.value(args, "limit");
			job = CliOptions.value(args, "job");
		}
		catch (IllegalArgumentException ex) {
			return CliOptions.usage(Command.STATUS, ex.getMessage());
		}
		if (limitText != null && !(limitText.matches("\\d{1,4}") && Integer.parseInt(limitText) >= 1
				&& Integer.parseInt(limitText) <= MAX_LIMIT)) {
			return CliOptions.usage(Command.STATUS,
					"--limit must be a whole number from 1 to " + MAX_LIMIT + ": \"" + limitText + "\"");
		}
		if (job != null && !this.jobs.containsKey(JobNames.beanName(job))) {
			return CliOptions.usage(Command.STATUS, "unknown job \"" + job + "\"; the jobs: " + jobNames());
		}
		int limit = (limitText != null) ? Integer.parseInt(limitText) : 10;
		List<Execution> executions = this.jdbc.sql("""
				SELECT e.JOB_EXECUTION_ID, i.JOB_NAME, e.STATUS, e.START_TIME, e.END_TIME, e.EXIT_MESSAGE, e.EXIT_CODE,
					(SELECT MIN(later.JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION later
					 WHERE later.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID AND later.JOB_EXECUTION_ID > e.JOB_EXECUTION_ID)
				FROM BATCH_JOB_EXECUTION e JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID
				WHERE (:job IS NULL OR i.JOB_NAME = :job)
				ORDER BY e.JOB_EXECUTION_ID DESC LIMIT :limit""")
			.param("job", (job != null) ? JobNames.beanName(job) : null)
			.param("limit", limit)
			.query((rs, row) -> new Execution(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4),
					rs.getTimestamp(5), rs.getString(6), rs.getString(7), rs.getObject(8, Long.class)))
			.list();
		if (executions.isEmpty()) {
			System.out.println("No executions yet.");
			return ExitStatus.OK;
		}
		for (Execution execution : executions) {
			System.out.printf("%d  %s  %s  %s  started %s, ended %s%n", execution.id(),
					JobNames.commandName(execution.job()), parameters(execution.id()), execution.status(),
					time(execution.started()), time(execution.ended()));
			this.jdbc
				.sql("""
						SELECT STEP_NAME, STATUS, READ_COUNT, WRITE_COUNT, FILTER_COUNT, READ_SKIP_COUNT + PROCESS_SKIP_COUNT + WRITE_SKIP_COUNT
						FROM BATCH_STEP_EXECUTION WHERE JOB_EXECUTION_ID = ? ORDER BY STEP_EXECUTION_ID""")
				.param(execution.id())
				.query((rs, row) -> String.format("      %-28s %-10s read %d, written %d, filtered %d, skipped %d",
						rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6)))
				.list()
				.forEach(System.out::println);
			if (RUNNING.contains(execution.status())) {
				System.out.println("      " + owner(execution.id()));
			}
			this.reports.find(execution.id())
				.ifPresent((report) -> System.out.println("      " + report.headline(execution.resumedBy())));
			if (PrepaymentApplyFiles.ROWS_NEED_ATTENTION.equals(execution.exitCode())) {
				// the step counts are items; what finance needs is the rows by outcome
				System.out.println("      rows: " + execution.exitMessage());
			}
			else if (!"COMPLETED".equals(execution.status()) && execution.exitMessage() != null
					&& !execution.exitMessage().isBlank()) {
				System.out.println("      reason: " + execution.exitMessage().lines().findFirst().orElse(""));
			}
		}
		return ExitStatus.OK;
	}

	private String jobNames() {
		return this.jobs.values()
			.stream()
			.map((candidate) -> JobNames.commandName(candidate.getName()))
			.sorted()
			.collect(Collectors.joining(", "));
	}

	private String owner(long executionId) {
		JobExecution execution = this.jobRepository.getJobExecution(executionId);
		if (execution == null) {
			return "owner: unknown";
		}
		Optional<RunOwner> owner = this.owners.owner(execution);
		boolean alive = this.owners.isOwned(execution.getJobInstance().getJobName(), execution.getJobParameters());
		String who = owner
			.map((recorded) -> "pid " + recorded.pid() + " on " + recorded.host() + " since "
					+ time(Timestamp.from(recorded.since())))
			.orElse("no owner recorded");
		return alive ? "owner: " + who + " (alive)"
				: "owner: " + who + " (dead): the same run command, or restart " + executionId + ", resumes it";
	}

	private String parameters(long executionId) {
		return String.join(" ",
				this.jdbc.sql("""
						SELECT PARAMETER_NAME, PARAMETER_VALUE FROM BATCH_JOB_EXECUTION_PARAMS
						WHERE JOB_EXECUTION_ID = ? AND IDENTIFYING = 'Y' ORDER BY PARAMETER_NAME""")
					.param(executionId)
					.query((rs, row) -> rs.getString(1) + "=" + rs.getString(2))
					.list());
	}

	private static String time(@Nullable Timestamp time) {
		return (time != null) ? time.toLocalDateTime().withNano(0).toString().replace('T', ' ') : "-";
	}

	private record Execution(long id, String job, String status, @Nullable Timestamp started, @Nullable Timestamp ended,
			@Nullable String exitMessage, @Nullable String exitCode, @Nullable Long resumedBy) {
	}

}
