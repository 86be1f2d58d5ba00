package com.qincebridge.cli;

import java.io.PrintStream;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.qincebridge.writeback.PendingWriteBacks;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Prints, while a job runs in this process, the step it is in with the items done so far
 * and the rate, read from the job repository (each commit updates the counts), and for a
 * write-back step, where most of a month's calls are, the time left: the write-backs its
 * plan still needed when the printer first saw the step, less those written since,
 * divided by the rate observed since. Lines go to stderr so that stdout keeps only the
 * report.
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

	private long sightedStep = -1;

	private long sightedLeft;

	private long sightedWritten;

	private long sightedAt;

	ProgressPrinter(JdbcClient jdbc, String jobName, PrintStream out, Duration every) {
		this.jdbc = jdbc;
		this.jobName = jobName;
		this.out = out;
		this.timer.scheduleAtFixedRate(this::print, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
	}

	private void print() {
		try {
			this.jdbc.sql("""
					SELECT s.STEP_NAME, s.READ_COUNT, s.WRITE_COUNT, s.START_TIME, s.STEP_EXECUTION_ID
					FROM BATCH_STEP_EXECUTION s
					JOIN BATCH_JOB_EXECUTION e ON e.JOB_EXECUTION_ID = s.JOB_EXECUTION_ID
					JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID
					WHERE i.JOB_NAME = ? AND s.STATUS = 'STARTED' AND s.START_TIME >= ?
					ORDER BY s.STEP_EXECUTION_ID DESC LIMIT 1""")
				.params(this.jobName, Timestamp.valueOf(this.since))
				.query((rs, row) -> new Progress(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getTimestamp(4),
						rs.getLong(5)))
				.optional()
				.filter((progress) -> !progress.counts().equals(this.last))
				.ifPresent((progress) -> {
					this.last = progress.counts();
					this.out.println(progress.line() + timeLeft(progress));
				});
		}
		catch (RuntimeException ex) {
			// progress is best effort; the run's own outcome is reported at its end
		}
	}

	/** ", about 3m 20s left" for a write-back step once a rate is seen, else nothing. */
	private String timeLeft(Progress progress) {
		if (!progress.step().endsWith("WriteBackStep")) {
			return "";
		}
		if (this.sightedStep != progress.stepExecutionId()) {
			// the write-back plan (statement queries) less what is done: counted once
			this.sightedLeft = PendingWriteBacks.countLeft(this.jdbc, progress.stepExecutionId());
			this.sightedStep = progress.stepExecutionId();
			this.sightedWritten = progress.written();
			this.sightedAt = System.nanoTime();
			return "";
		}
		long done = progress.written() - this.sightedWritten;
		double seconds = (System.nanoTime() - this.sightedAt) / 1e9;
		if (done <= 0 || seconds <= 0) {
			return "";
		}
		long left = Math.max(0, this.sightedLeft - done);
		Duration eta = Duration.ofSeconds((long) Math.ceil(left / (done / seconds)));
		return String.format(", %d calls left, about %s left", left,
				(eta.toHours() > 0) ? String.format("%dh %02dm", eta.toHours(), eta.toMinutesPart())
						: String.format("%dm %02ds", eta.toMinutes(), eta.toSecondsPart()));
	}

	private record Progress(String step, long read, long written, Timestamp started, long stepExecutionId) {

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
