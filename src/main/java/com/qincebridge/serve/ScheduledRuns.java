package com.qincebridge.serve;

import com.qincebridge.cli.JobRuns;

import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZonedDateTime;

import com.qincebridge.close.ClosedMonths;
import com.qincebridge.support.TradeMonthRun;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Component;

/**
 * The schedule of {@code serve} ({@code jobs/schedule.properties}): every night the
 * current month's statement and expense runs (and the resumption of a failed close of the
 * previous month); on the 1st the month-end close of the previous month. Each run due is
 * launched by one instance only: the one that takes its row in {@code schedule_lock}.
 * Runs launched by the schedule run one after the other on the schedule's thread,
 * alongside push re-syncs and console runs ({@code BackgroundRuns}: up to
 * {@code bridge.serve.max-concurrent-runs} at once, one job and month at a time).
 */
@Component
class ScheduledRuns {

	static final String NIGHTLY = "nightly";

	static final String MONTH_END_CLOSE = "month-end-close";

	/**
	 * How long stopping waits for the runs of a tick under way; a run still going then is
	 * interrupted, and resumed by the next tick or {@code run}.
	 */
	static final int STOP_WAIT_SECONDS = 30;

	private static final Logger logger = LoggerFactory.getLogger(ScheduledRuns.class);

	private final BackgroundRuns runs;

	private final JobRuns jobs;

	private final ScheduleLocks locks;

	private final ClosedMonths closes;

	private final ScheduleSettings.Source source;

	private final String instanceId;

	private @Nullable ThreadPoolTaskScheduler scheduler;

	ScheduledRuns(BackgroundRuns runs, JobRuns jobs, ScheduleLocks locks, ClosedMonths closes,
			ScheduleSettings.Source source, @Value("${bridge.serve.instance-id:}") String instanceId) {
		this.runs = runs;
		this.jobs = jobs;
		this.locks = locks;
		this.closes = closes;
		this.source = source;
		this.instanceId = instanceId.isBlank() ? ManagementFactory.getRuntimeMXBean().getName() : instanceId;
	}

	/** Start the schedule; reads the schedule file now. */
	synchronized ScheduleSettings start() {
		ScheduleSettings settings = this.source.get();
		ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
		scheduler.setPoolSize(1);
		scheduler.setThreadNamePrefix("schedule-");
		// on stop: no further tick, but the runs of a tick under way may finish
		scheduler.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
		scheduler.setWaitForTasksToCompleteOnShutdown(true);
		scheduler.setAwaitTerminationSeconds(STOP_WAIT_SECONDS);
		scheduler.initialize();
		this.scheduler = scheduler;
		scheduleNext(NIGHTLY, settings.nightly(), settings, Instant.now());
		scheduleNext(MONTH_END_CLOSE, settings.monthEndClose(), settings, Instant.now());
		return settings;
	}

	void stop() {
		ThreadPoolTaskScheduler stopping;
		synchronized (this) {
			stopping = this.scheduler;
			this.scheduler = null;
		}
		if (stopping != null) {
			stopping.shutdown();
		}
	}

	private synchronized void scheduleNext(String schedule, CronExpression cron, ScheduleSettings settings,
			Instant after) {
		ThreadPoolTaskScheduler scheduler = this.scheduler;
		if (scheduler == null) {
			return;
		}
		Instant from = after.isAfter(Instant.now()) ? after : Instant.now();
		ZonedDateTime next = cron.next(from.atZone(settings.zone()));
		if (next == null) {
			return;
		}
		scheduler.schedule(() -> {
			try {
				tick(schedule, next.toInstant(), settings);
			}
			finally {
				scheduleNext(schedule, cron, settings, next.toInstant());
			}
		}, next.toInstant());
	}

	/**
	 * Launch the runs due at this instant, unless another instance took them.
	 * @return whether this instance launched them
	 */
	boolean tick(String schedule, Instant dueAt, ScheduleSettings settings) {
		if (!this.locks.acquire(schedule, dueAt, this.instanceId)) {
			logger.info("The {} runs due at {} were taken by another instance", schedule, dueAt);
			return false;
		}
		YearMonth month = YearMonth.from(dueAt.atZone(settings.zone()));
		if (schedule.equals(NIGHTLY)) {
			if (!this.closes.closed(month.minusMonths(1)).isPresent()) {
				run("month-end-close", month.minusMonths(1), true, settings);
			}
			run("statement", month, false, settings);
			run("expense", month, false, settings);
		}
		else if (this.closes.closed(month.minusMonths(1)).isPresent()) {
			logger.info("{} is closed already; the scheduled month-end close launches nothing", month.minusMonths(1));
		}
		else {
			run("month-end-close", month.minusMonths(1), false, settings);
		}
		return true;
	}

	private void run(String job, YearMonth month, boolean onlyResume, ScheduleSettings settings) {
		try {
			this.runs.sync(this.jobs.job(job).orElseThrow(), TradeMonthRun.wholeMonth(month), onlyResume,
					settings.maxResumes());
		}
		catch (Exception ex) {
			logger.error("Scheduled {} {} could not run", job, month, ex);
		}
	}

}
