package com.qincebridge.run;

import java.util.function.LongFunction;

import org.junit.jupiter.api.Test;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/**
 * The start-or-resume decision for a run whose lock this process holds: the last
 * instance's state, the policy and {@code max-resumes} decide.
 */
class RunPlannerTests {

	static final LongFunction<JobParameters> SEPTEMBER = (counter) -> {
		JobParametersBuilder builder = new JobParametersBuilder().addString("trade_month", "2025-09");
		return (counter > 0) ? builder.addLong("rerun", counter).toJobParameters() : builder.toJobParameters();
	};

	final RunRequest cli = RunRequest.of(mock(Job.class), "statement 2025-09", SEPTEMBER);

	@Test
	void noInstanceStartsTheFirst() {
		RunPlan plan = RunPlanner.decide(this.cli, -1, null, 0);

		assertThat(plan).isEqualTo(new RunPlan.Start(SEPTEMBER.apply(0), 0, null));
	}

	@Test
	void anInstanceWithoutExecutionIsStartedAgain() {
		assertThat(RunPlanner.decide(this.cli, 2, null, 0)).isEqualTo(new RunPlan.Start(SEPTEMBER.apply(2), 2, null));
	}

	@Test
	void aFailedOrStoppedRunIsResumed() {
		JobExecution failed = execution(7, 0, BatchStatus.FAILED);
		JobExecution stopped = execution(8, 0, BatchStatus.STOPPED);

		assertThat(RunPlanner.decide(this.cli, 0, failed, 1)).isEqualTo(new RunPlan.Resume(failed));
		assertThat(RunPlanner.decide(this.cli, 0, stopped, 2)).isEqualTo(new RunPlan.Resume(stopped));
	}

	@Test
	void aRunLeftStartedWhileWeHoldItsLockHasADeadOwnerAndIsResumed() {
		JobExecution left = execution(9, 1, BatchStatus.STARTED);

		RunPlan plan = RunPlanner.decide(this.cli, 1, left, 1);

		assertThat(plan).isEqualTo(new RunPlan.Resume(left));
		assertThat(((RunPlan.Resume) plan).ownerDied()).isTrue();
	}

	@Test
	void aCompletedRunIsReportedOnTheCommandLineAndFollowedByTheNextInServe() {
		JobExecution completed = execution(3, 1, BatchStatus.COMPLETED);

		assertThat(RunPlanner.decide(this.cli, 1, completed, 1)).isEqualTo(new RunPlan.Completed(completed));
		assertThat(RunPlanner.decide(this.cli.withPolicy(RunRequest.Policy.RESUME_OR_NEXT), 1, completed, 1))
			.isEqualTo(new RunPlan.Start(SEPTEMBER.apply(2), 2, null));
	}

	@Test
	void rerunStartsTheNextInstanceAndLeavesAFailedOneBehind() {
		JobExecution failed = execution(4, 0, BatchStatus.FAILED);
		RunRequest rerun = this.cli.withPolicy(RunRequest.Policy.NEXT);

		assertThat(RunPlanner.decide(rerun, 0, failed, 1)).isEqualTo(new RunPlan.Start(SEPTEMBER.apply(1), 1, failed));
		assertThat(RunPlanner.decide(rerun, 0, execution(5, 0, BatchStatus.COMPLETED), 1))
			.isEqualTo(new RunPlan.Start(SEPTEMBER.apply(1), 1, null));
	}

	@Test
	void aRunResumedMaxResumesTimesIsLeftForANewOne() {
		JobExecution failed = execution(6, 0, BatchStatus.FAILED);
		RunRequest serve = this.cli.withPolicy(RunRequest.Policy.RESUME_OR_NEXT).withMaxResumes(2);

		assertThat(RunPlanner.decide(serve, 0, failed, 2)).isEqualTo(new RunPlan.Resume(failed));
		assertThat(RunPlanner.decide(serve, 0, failed, 3)).isEqualTo(new RunPlan.Start(SEPTEMBER.apply(1), 1, failed));
	}

	@Test
	void anAbandonedRunIsNeverRestartedButFollowedByANewOne() {
		JobExecution abandoned = execution(10, 0, BatchStatus.ABANDONED);

		assertThat(RunPlanner.decide(this.cli, 0, abandoned, 1))
			.isEqualTo(new RunPlan.Start(SEPTEMBER.apply(1), 1, abandoned));
	}

	@Test
	void lockNamesFitMysqlsSixtyFourCharactersAndIgnoreTheRerunCounterAndThePartsOfAMonth() {
		JobParameters partial = new JobParametersBuilder(SEPTEMBER.apply(3)).addString("customers", "C1,C2")
			.addString("from", "2025-09-02")
			.addString("to", "2025-09-05")
			.addString("full", "true", false)
			.toJobParameters();

		assertThat(RunOwners.key(partial)).isEqualTo("trade_month=2025-09")
			.isEqualTo(RunOwners.key(SEPTEMBER.apply(0)));
		assertThat(RunOwners.lockName("statementJob", RunOwners.key(partial))).startsWith("qince-bridge:statementJob:")
			.hasSize(50);
		assertThat(RunOwners.lockName("aJobWithAVeryLongNameIndeedJob", "file=/a/very/long/path.csv"))
			.hasSizeLessThanOrEqualTo(64);
		assertThat(RunOwners.lockName("statementJob", "trade_month=2025-09"))
			.isNotEqualTo(RunOwners.lockName("statementJob", "trade_month=2025-10"))
			.isNotEqualTo(RunOwners.lockName("expenseJob", "trade_month=2025-09"));
	}

	private static JobExecution execution(long id, long counter, BatchStatus status) {
		JobExecution execution = new JobExecution(id, new JobInstance(id, "statementJob"), SEPTEMBER.apply(counter));
		execution.setStatus(status);
		return execution;
	}

}
