package com.qincebridge.close;

import com.qincebridge.run.RunLauncher;
import com.qincebridge.run.RunPlanner;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The {@code month-end-close} job (see package-info for its card).
 */
@Configuration(proxyBeanMethods = false)
class MonthEndCloseJobConfiguration {

	@Bean
	Job monthEndCloseJob(JobRepository jobRepository, PlatformTransactionManager transactionManager, RunPlanner planner,
			RunLauncher launcher, @Qualifier("statementJob") Job statementJob, @Qualifier("expenseJob") Job expenseJob,
			ClosedMonths closedMonths, MonthCloses closes) {
		NextRunParameters nextRun = new NextRunParameters(planner);
		// the statement runs are owned like any other: a second process is refused
		JobOperator jobOperator = launcher.owningJobOperator();
		return new JobBuilder("monthEndCloseJob", jobRepository)
			.start(new StepBuilder("monthEndCloseCheckStep", jobRepository)
				.tasklet(new MonthOpenTasklet(closedMonths), transactionManager)
				.build())
			.next(new StepBuilder("monthEndCloseStatementStep", jobRepository).job(statementJob)
				.operator(jobOperator)
				.parametersExtractor(nextRun)
				.build())
			.next(new StepBuilder("monthEndCloseExpenseStep", jobRepository).job(expenseJob)
				.operator(jobOperator)
				.parametersExtractor(nextRun)
				.build())
			.next(new StepBuilder("monthEndCloseStep", jobRepository)
				.tasklet(new MonthCloseTasklet(closes), transactionManager)
				.build())
			.build();
	}

}
