package com.qincebridge.serve;

import com.qincebridge.cli.JobRuns;
import com.qincebridge.cli.OpsTestSupport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.qincebridge.support.BridgeIntegrationTest;
import com.qincebridge.support.SandboxConnection;
import com.qincebridge.close.ClosedMonths;
import com.qincebridge.sandbox.DataSetSpec;
import com.qincebridge.sandbox.Fault;
import com.qincebridge.sandbox.Sandbox;
import com.qincebridge.sandbox.SandboxSettings;
import com.qincebridge.sandbox.Trigger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The schedule of {@code serve}: two instances on one database launch each scheduled run
 * once, a failed scheduled run is resumed at the next tick a bounded number of times, and
 * a failed month-end close is resumed by the next nightly tick.
 */
@BridgeIntegrationTest
class ScheduledRunsIntegrationTests {

	static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	@SandboxConnection
	static final Sandbox sandbox = Sandbox.start(SandboxSettings.defaults()
		.withData(DataSetSpec.defaults().withSize(200).withCompanies(1).withCustomersPerCompany(3)));

	@AfterAll
	static void stop() {
		sandbox.close();
	}

	@Autowired
	BackgroundRuns runs;

	@Autowired
	JobRuns jobs;

	@Autowired
	ScheduleLocks locks;

	@Autowired
	ClosedMonths closes;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path jobsDir;

	@BeforeEach
	void clean() {
		sandbox.reset();
		OpsTestSupport.clean(this.jdbc);
	}

	@Test
	void twoInstancesOnOneDatabaseLaunchEachScheduledRunOnce() throws Exception {
		ScheduledRuns first = instance("first", "0 0 2 * * *", 3);
		ScheduledRuns second = instance("second", "0 0 2 * * *", 3);
		ScheduleSettings settings = settings(3);
		ExecutorService both = Executors.newFixedThreadPool(2);
		int launched = 0;
		for (int day = 10; day <= 12; day++) {
			Instant due = at(2025, 9, day);
			Future<Boolean> a = both.submit(() -> first.tick(ScheduledRuns.NIGHTLY, due, settings));
			Future<Boolean> b = both.submit(() -> second.tick(ScheduledRuns.NIGHTLY, due, settings));
			assertThat(a.get() ^ b.get()).as("exactly one instance launches the run due at " + due).isTrue();
			launched++;
		}
		both.shutdown();

		assertThat(executions("statementJob")).isEqualTo(launched);
		assertThat(executions("expenseJob")).isEqualTo(launched);
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM schedule_lock").query(Long.class).single()).isEqualTo(launched);
		assertThat(statuses("statementJob")).containsOnly("COMPLETED");
	}

	@Test
	void twoRunningSchedulesLaunchOneRunPerCronTick() throws Exception {
		ScheduledRuns first = instance("first", "*/2 * * * * *", 3);
		ScheduledRuns second = instance("second", "*/2 * * * * *", 3);
		first.start();
		second.start();
		Thread.sleep(7_000);
		first.stop();
		second.stop();

		long ticks = this.jdbc.sql("SELECT COUNT(*) FROM schedule_lock WHERE schedule_name = 'nightly'")
			.query(Long.class)
			.single();
		assertThat(ticks).isGreaterThanOrEqualTo(2);
		assertThat(this.jdbc.sql("SELECT COUNT(DISTINCT scheduled_at) FROM schedule_lock").query(Long.class).single())
			.isEqualTo(ticks);
		assertThat(executions("statementJob")).isEqualTo(ticks);
		assertThat(executions("expenseJob")).isEqualTo(ticks);
	}

	@Test
	void aFailedScheduledRunIsResumedAtTheNextTicksUpToMaxResumes() throws Exception {
		ScheduledRuns schedule = instance("only", "0 0 2 * * *", 2);
		ScheduleSettings settings = settings(2);
		sandbox.qince().faults().inject("getCustomers", Fault.httpStatus(503), Trigger.always());

		for (int day = 10; day <= 12; day++) {
			schedule.tick(ScheduledRuns.NIGHTLY, at(2025, 9, day), settings);
		}
		assertThat(OpsTestSupport.instances(this.jdbc, "statementJob")).isOne();
		assertThat(executions("statementJob")).isEqualTo(3);

		schedule.tick(ScheduledRuns.NIGHTLY, at(2025, 9, 13), settings);
		assertThat(OpsTestSupport.instances(this.jdbc, "statementJob")).as("gave up resuming: a new run").isEqualTo(2);

		sandbox.qince().faults().clear();
		schedule.tick(ScheduledRuns.NIGHTLY, at(2025, 9, 14), settings);
		assertThat(OpsTestSupport.instances(this.jdbc, "statementJob")).isEqualTo(2);
		assertThat(executions("statementJob")).as("3 of the first run, the new run and its resumption").isEqualTo(5);
		assertThat(statuses("statementJob")).last().isEqualTo("COMPLETED");
	}

	@Test
	void aFailedMonthEndCloseIsResumedByTheNextNightlyTick() throws Exception {
		ScheduledRuns schedule = instance("only", "0 0 2 * * *", 3);
		ScheduleSettings settings = settings(3);
		sandbox.qince().faults().inject("saveExpense", Fault.httpStatus(503), Trigger.always());

		schedule.tick(ScheduledRuns.MONTH_END_CLOSE, at(2025, 10, 1), settings);
		assertThat(statuses("monthEndCloseJob")).containsExactly("FAILED");
		assertThat(this.closes.closed(java.time.YearMonth.of(2025, 9))).isEmpty();

		sandbox.qince().faults().clear();
		schedule.tick(ScheduledRuns.NIGHTLY, at(2025, 10, 2), settings);

		assertThat(statuses("monthEndCloseJob")).containsExactly("FAILED", "COMPLETED");
		assertThat(this.closes.closed(java.time.YearMonth.of(2025, 9))).isPresent();
		assertThat(schedule.tick(ScheduledRuns.MONTH_END_CLOSE, at(2025, 11, 1), settings)).isTrue();
		assertThat(OpsTestSupport.instances(this.jdbc, "monthEndCloseJob")).as("October is closed now").isEqualTo(2);
		assertThat(schedule.tick(ScheduledRuns.MONTH_END_CLOSE, at(2025, 10, 1), settings))
			.as("the same scheduled run again")
			.isFalse();
	}

	private ScheduledRuns instance(String id, String nightly, int maxResumes) throws Exception {
		Files.writeString(this.jobsDir.resolve("schedule.properties"), """
				zone=Asia/Shanghai
				nightly.cron=%s
				month-end-close.cron=0 0 2 1 1 *
				max-resumes=%d
				""".formatted(nightly, maxResumes));
		return new ScheduledRuns(this.runs, this.jobs, this.locks, this.closes,
				new ScheduleSettings.Source(this.jobsDir), id);
	}

	private ScheduleSettings settings(int maxResumes) throws Exception {
		instance("unused", "0 0 2 * * *", maxResumes);
		return new ScheduleSettings.Source(this.jobsDir).get();
	}

	private static Instant at(int year, int month, int day) {
		return LocalDateTime.of(year, month, day, 2, 0).atZone(SHANGHAI).toInstant();
	}

	private long executions(String job) {
		return this.jdbc.sql("""
				SELECT COUNT(*) FROM BATCH_JOB_EXECUTION e
				JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID WHERE i.JOB_NAME = ?""")
			.param(job)
			.query(Long.class)
			.single();
	}

	private List<String> statuses(String job) {
		return new ArrayList<>(this.jdbc.sql("""
				SELECT e.STATUS FROM BATCH_JOB_EXECUTION e
				JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID
				WHERE i.JOB_NAME = ? ORDER BY e.JOB_EXECUTION_ID""").param(job).query(String.class).list());
	}

}
