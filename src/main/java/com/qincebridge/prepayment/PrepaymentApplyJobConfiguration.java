package com.qincebridge.prepayment;

import java.nio.file.Path;

import com.qincebridge.erp.ErpClient;
import com.qincebridge.qince.QinceClient;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The {@code prepayment-apply} job (see package-info for its card): apply the file's
 * prepayments and reversals → write the result file.
 */
@Configuration(proxyBeanMethods = false)
class PrepaymentApplyJobConfiguration {

	static Path file(JobExecution execution) {
		return PrepaymentApplyRun.of(execution.getJobParameters()).file();
	}

	@Bean
	Job prepaymentApplyJob(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ObjectProvider<QinceClient> qince, ObjectProvider<ErpClient> erp, ApplyLog log, JdbcClient jdbc,
			PrepaymentProperties properties) {
		ApplyFileReader reader = new ApplyFileReader(properties.codePrefix());
		ApplyResults results = new ApplyResults(jdbc);
		return new JobBuilder("prepaymentApplyJob", jobRepository)
			.start(new StepBuilder("prepaymentApplyStep", jobRepository)
				.<ApplyItem, ApplyOutcome>chunk(properties.chunkSize())
				.transactionManager(transactionManager)
				.reader(reader)
				.processor(new ApplyProcessor(qince::getObject, erp::getObject, log, properties.erpReferenceField()))
				.writer(results)
				.listener(reader)
				.listener(results)
				.build())
			.next(new StepBuilder("prepaymentApplyResultStep", jobRepository).tasklet(results, transactionManager)
				.build())
			.build();
	}

}
