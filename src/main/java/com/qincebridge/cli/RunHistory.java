package com.qincebridge.cli;

import com.qincebridge.run.JobNames;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.qincebridge.support.StartedBy;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The executions of every job, newest first, as {@code status} and the console list them:
 * job, month, status, times, items and the one-line reason of a failure.
 */
@Component
public class RunHistory {

	private final JdbcClient jdbc;

	RunHistory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The newest executions matching the filter.
	 * @param job a command name ({@code statement}) or null for all jobs
	 * @param month a trade month (yyyy-MM) or null
	 * @param status a batch status or null
	 */
	public List<Run> list(@Nullable String job, @Nullable String month, @Nullable String status, int limit) {
		List<Run> runs = this.jdbc
			.sql("""
					SELECT e.JOB_EXECUTION_ID, i.JOB_NAME, e.STATUS, e.START_TIME, e.END_TIME, e.EXIT_MESSAGE,
						(SELECT p.PARAMETER_VALUE FROM BATCH_JOB_EXECUTION_PARAMS p
							WHERE p.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID AND p.PARAMETER_NAME = 'trade_month') AS trade_month,
						(SELECT p.PARAMETER_VALUE FROM BATCH_JOB_EXECUTION_PARAMS p
							WHERE p.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID AND p.PARAMETER_NAME = 'started_by') AS started_by,
						(SELECT COALESCE(SUM(s.WRITE_COUNT), 0) FROM BATCH_STEP_EXECUTION s
							WHERE s.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID) AS items
					FROM BATCH_JOB_EXECUTION e JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID
					WHERE (:job IS NULL OR i.JOB_NAME = :job) AND (:status IS NULL OR e.STATUS = :status)
						AND (:month IS NULL OR EXISTS (SELECT 1 FROM BATCH_JOB_EXECUTION_PARAMS m
							WHERE m.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID AND m.PARAMETER_NAME = 'trade_month'
							AND m.PARAMETER_VALUE = :month))
					ORDER BY e.JOB_EXECUTION_ID DESC LIMIT :limit""")
			.param("job", (job != null) ? JobNames.beanName(job) : null)
			.param("status", status)
			.param("month", month)
			.param("limit", limit)
			.query((rs, row) -> new Run(rs.getLong(1), JobNames.commandName(rs.getString(2)), rs.getString(3),
					time(rs.getTimestamp(4)), time(rs.getTimestamp(5)), reason(rs.getString(3), rs.getString(6)),
					rs.getString(7), (rs.getString(8) != null) ? rs.getString(8) : StartedBy.CLI, rs.getLong(9)))
			.list();
		return runs;
	}

	/**
	 * How many items the step wrote in the last completed execution of the job before
	 * this one: what a running step can expect to write, for an ETA.
	 */
	public java.util.OptionalLong previousWriteCount(String jobBeanName, String stepName, long beforeExecutionId) {
		return this.jdbc.sql("""
				SELECT s.WRITE_COUNT FROM BATCH_STEP_EXECUTION s
				JOIN BATCH_JOB_EXECUTION e ON e.JOB_EXECUTION_ID = s.JOB_EXECUTION_ID
				JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID
				WHERE i.JOB_NAME = ? AND s.STEP_NAME = ? AND s.STATUS = 'COMPLETED' AND e.JOB_EXECUTION_ID < ?
				ORDER BY s.STEP_EXECUTION_ID DESC LIMIT 1""")
			.params(jobBeanName, stepName, beforeExecutionId)
			.query(Long.class)
			.optional()
			.map(java.util.OptionalLong::of)
			.orElse(java.util.OptionalLong.empty());
	}

	/**
	 * The command name of a job's bean name: {@code monthEndCloseJob} is
	 * {@code month-end-close}.
	 */
	public static String commandName(String jobBeanName) {
		return JobNames.commandName(jobBeanName);
	}

	/** The command names of the jobs that ran at least once. */
	public List<String> jobs() {
		return this.jdbc.sql("SELECT DISTINCT JOB_NAME FROM BATCH_JOB_INSTANCE ORDER BY JOB_NAME")
			.query(String.class)
			.list()
			.stream()
			.map(JobNames::commandName)
			.toList();
	}

	/** The identifying parameters of an execution, by name. */
	public Map<String, String> identifyingParameters(long executionId) {
		return this.jdbc.sql("""
				SELECT PARAMETER_NAME, PARAMETER_VALUE FROM BATCH_JOB_EXECUTION_PARAMS
				WHERE JOB_EXECUTION_ID = ? AND IDENTIFYING = 'Y' ORDER BY PARAMETER_NAME""")
			.param(executionId)
			.query((rs, row) -> Map.entry(rs.getString(1), rs.getString(2)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a,
					java.util.LinkedHashMap::new));
	}

	private static @Nullable LocalDateTime time(@Nullable Timestamp time) {
		return (time != null) ? time.toLocalDateTime().withNano(0) : null;
	}

	private static @Nullable String reason(String status, @Nullable String exitMessage) {
		if ("COMPLETED".equals(status) || exitMessage == null || exitMessage.isBlank()) {
			return null;
		}
		return com.qincebridge.support.Failures.describeTrace(exitMessage).lines().findFirst().orElse(null);
	}

	/**
	 * One execution.
	 *
	 * @param job the command name of its job
	 * @param tradeMonth its trade month, null for jobs without one
	 * @param reason the first line of the exit message of a run that did not complete
	 * @param startedBy who started it (see {@link StartedBy})
	 * @param items the items its steps wrote
	 */
	public record Run(long id, String job, String status, @Nullable LocalDateTime started,
			@Nullable LocalDateTime ended, @Nullable String reason, @Nullable String tradeMonth, String startedBy,
			long items) {

		/** How long it ran (until now while it runs), null before it started. */
		public @Nullable Duration duration() {
			if (this.started == null) {
				return null;
			}
			return Duration.between(this.started, (this.ended != null) ? this.ended : LocalDateTime.now().withNano(0));
		}

		public boolean isRunning() {
			return "STARTED".equals(this.status) || "STARTING".equals(this.status) || "STOPPING".equals(this.status);
		}

	}

}
