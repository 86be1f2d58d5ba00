package com.qincebridge.cli;

import java.io.PrintStream;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Prints, while a job runs in this process, the step it is in with the items done so far
 * and the rate, read from the job repository (each committed chunk updates the counts).
 * Lines go to stderr so that stdout keeps only the report.
 */
final class ProgressPrinter implements AutoCloseable {

	private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor((task) -> {
		Thread thread = new Thread(task, "progress");
		thread.setDaemon(true);
		return thread;
	});

	private final JdbcClient jdbc;

	private final String jobName;

	private final PrintStream out;

	private final LocalDateTime since = LocalDateTime.now().minusSeconds(5);

	private String last = "";

	ProgressPrinter(JdbcClient jdbc, String jobName, PrintStream out, Duration every) {
		this.jdbc = jdbc;
		this.jobName = jobName;
		this.out = out;
		this.timer.scheduleAtFixedRate(this::print, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
	}

	private void print() {
		try {
			this.jdbc.sql("""
					SELECT s.STEP_NAME, s.READ_COUNT, s.WRITE_COUNT, s.START_TIME FROM BATCH_STEP_EXECUTION s
					JOIN BATCH_JOB_EXECUTION e ON e.JOB_EXECUTION_ID = s.JOB_EXECUTION_ID
					JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID
					WHERE i.JOB_NAME = ? AND s.STATUS = 'STARTED' AND s.START_TIME >= ?
					ORDER BY s.STEP_EXECUTION_ID DESC LIMIT 1""")
				.params(this.jobName, Timestamp.valueOf(this.since))
				.query((rs, row) -> new Progress(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getTimestamp(4)))
				.optional()
				.filter((progress) -> !progress.counts().equals(this.last))
				.ifPresent((progress) -> {
					this.last = progress.counts();
					this.out.println(progress.line());
				});
		}
		catch (RuntimeException ex) {
			// progress is best effort; the run's own outcome is reported at its end
		}
	}

	private record Progress(String step, long read, long written, Timestamp started) {

		String counts() {
			return this.step + " " + this.read + " " + this.written;
		}

		String line() {
			double seconds = Math.max(1,
					Duration.between(Objects.requireNonNull(this.started).toLocalDateTime(), LocalDateTime.now())
						.toSeconds());
			return String.format("  %s: %d read, %d written (%.0f/s)", this.step, this.read, this.written,
					this.written / seconds);
		}

	}

	@Override
	public void close() {
		this.timer.shutdownNow();
	}

}
