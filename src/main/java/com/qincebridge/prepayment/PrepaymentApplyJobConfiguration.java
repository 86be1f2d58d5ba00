package com.qincebridge.prepayment;

import java.nio.file.Path;

import com.qincebridge.erp.ErpClient;
import com.qincebridge.qince.QinceClient;
import com.qincebridge.qince.QinceProperties;
import com.qincebridge.support.ApiChunkSteps;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The {@code prepayment-apply} job (see package-info for its card): apply the file's
 * prepayments and reversals → write the result file. The apply step keeps
 * {@code bridge.qince.max-concurrency} items in flight ({@link ApiChunkSteps}). Its
 * reader, processor, writer, their {@link ApplyTurns} and the result tasklet are
 * step-scoped: each step execution gets its own, bound to the run's {@code file}, so runs
 * of different files never share one.
 */
@Configuration(proxyBeanMethods = false)
class PrepaymentApplyJobConfiguration {

	static Path file(JobExecution execution) {
		return file(execution.getJobParameters());
	}

	private static Path file(JobParameters parameters) {
		return PrepaymentApplyRun.of(parameters).file();
	}

	@Bean
	Job prepaymentApplyJob(JobRepository jobRepository, Step prepaymentApplyStep, Step prepaymentApplyResultStep,
			PrepaymentApplyFiles files) {
		return new JobBuilder("prepaymentApplyJob", jobRepository).start(prepaymentApplyStep)
			.next(prepaymentApplyResultStep)
			.listener(files)
			.build();
	}

	@Bean
	Step prepaymentApplyStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			PrepaymentProperties properties, QinceProperties qince, ItemStreamReader<ApplyItem> prepaymentApplyReader,
			ItemProcessor<ApplyItem, ApplyOutcome> prepaymentApplyProcessor,
			ItemStreamWriter<ApplyOutcome> prepaymentApplyWriter) {
		return ApiChunkSteps.build("prepaymentApplyStep", jobRepository, transactionManager, properties.chunkSize(),
				qince.maxConcurrency(), ApiChunkSteps.Restart.LEAVES_OUT_RECORDED, prepaymentApplyReader,
				prepaymentApplyProcessor, prepaymentApplyWriter);
	}

	@Bean
	@StepScope
	ItemStreamReader<ApplyItem> prepaymentApplyReader(PrepaymentProperties properties, JdbcClient jdbc,
			ApplyTurns prepaymentApplyTurns, @Value("#{stepExecution.jobParameters}") JobParameters parameters) {
		return new ApplyFileReader(file(parameters), properties.codePrefix(), jdbc, prepaymentApplyTurns);
	}

	@Bean
	@StepScope
	ApplyTurns prepaymentApplyTurns() {
		return new ApplyTurns();
	}

	@Bean
	@StepScope
	ItemProcessor<ApplyItem, ApplyOutcome> prepaymentApplyProcessor(ObjectProvider<QinceClient> qince,
			ObjectProvider<ErpClient> erp, ApplyLog log, PrepaymentProperties properties,
			ApplyTurns prepaymentApplyTurns) {
		return new ApplyProcessor(qince::getObject, erp::getObject, log, properties.erpReferenceField(),
				prepaymentApplyTurns);
	}

	@Bean
	@StepScope
	ItemStreamWriter<ApplyOutcome> prepaymentApplyWriter(JdbcClient jdbc, JdbcTemplate jdbcTemplate,
			@Value("#{stepExecution.jobParameters}") JobParameters parameters) {
		return new ApplyResultsWriter(jdbc, jdbcTemplate, file(parameters));
	}

	@Bean
	Step prepaymentApplyResultStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			Tasklet prepaymentApplyResultTasklet) {
		return new StepBuilder("prepaymentApplyResultStep", jobRepository)
			.tasklet(prepaymentApplyResultTasklet, transactionManager)
			.build();
	}

	@Bean
	@StepScope
	Tasklet prepaymentApplyResultTasklet(JdbcClient jdbc,
			@Value("#{stepExecution.jobParameters}") JobParameters parameters) {
		return new ApplyResultFileTasklet(jdbc, file(parameters));
	}

}
