package com.qincebridge.prepayment;

import java.time.Clock;

import com.qincebridge.qince.OnlineCostEndRecord;
import com.qincebridge.qince.Prepayment;
import com.qincebridge.qince.PrepaymentEndRecord;
import com.qincebridge.qince.PrepaymentEndRecordQuery;
import com.qincebridge.qince.PrepaymentQuery;
import com.qincebridge.qince.PrepaymentVariant;
import com.qincebridge.qince.QinceClient;
import com.qincebridge.qince.QinceProperties;
import com.qincebridge.support.ApiChunkSteps;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The {@code prepayment-sync} job (see package-info for its card): window → prepayments
 * of each variant with their lines → close records of each variant → links and window
 * end. The prepayment steps keep {@code bridge.qince.max-concurrency} detail queries in
 * flight ({@link ApiChunkSteps}); the list queries are their readers', on the step's
 * thread. Its readers, processors and writers are step-scoped: each step execution gets
 * its own, its readers bound to the {@link SyncWindow} of their run.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PrepaymentProperties.class)
class PrepaymentSyncJobConfiguration {

	private final JobRepository jobRepository;

	private final PlatformTransactionManager transactionManager;

	private final PrepaymentProperties properties;

	private final QinceProperties qinceProperties;

	PrepaymentSyncJobConfiguration(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			PrepaymentProperties properties, QinceProperties qinceProperties) {
		this.jobRepository = jobRepository;
		this.transactionManager = transactionManager;
		this.properties = properties;
		this.qinceProperties = qinceProperties;
	}

	@Bean
	Job prepaymentSyncJob(Step prepaymentSyncWindowStep, Step prepaymentSyncApCpStep, Step prepaymentSyncOnlineCostStep,
			Step prepaymentSyncApCpEndRecordStep, Step prepaymentSyncOnlineCostEndRecordStep,
			Step prepaymentSyncCloseStep) {
		return new JobBuilder("prepaymentSyncJob", this.jobRepository).start(prepaymentSyncWindowStep)
			.next(prepaymentSyncApCpStep)
			.next(prepaymentSyncOnlineCostStep)
			.next(prepaymentSyncApCpEndRecordStep)
			.next(prepaymentSyncOnlineCostEndRecordStep)
			.next(prepaymentSyncCloseStep)
			.build();
	}

	@Bean
	Step prepaymentSyncWindowStep(JdbcClient jdbc, Clock clock) {
		return new StepBuilder("prepaymentSyncWindowStep", this.jobRepository)
			.tasklet(SyncWindowTasklet.opening(jdbc, clock, this.properties), this.transactionManager)
			.build();
	}

	@Bean
	Step prepaymentSyncApCpStep(ItemStreamReader<Prepayment> prepaymentSyncApCpReader,
			ItemProcessor<Prepayment, SyncedPrepayment> prepaymentSyncApCpProcessor,
			ItemWriter<SyncedPrepayment> prepaymentSyncPrepaymentWriter) {
		return prepaymentsStep("prepaymentSyncApCpStep", prepaymentSyncApCpReader, prepaymentSyncApCpProcessor,
				prepaymentSyncPrepaymentWriter);
	}

	@Bean
	Step prepaymentSyncOnlineCostStep(ItemStreamReader<Prepayment> prepaymentSyncOnlineCostReader,
			ItemProcessor<Prepayment, SyncedPrepayment> prepaymentSyncOnlineCostProcessor,
			ItemWriter<SyncedPrepayment> prepaymentSyncPrepaymentWriter) {
		return prepaymentsStep("prepaymentSyncOnlineCostStep", prepaymentSyncOnlineCostReader,
				prepaymentSyncOnlineCostProcessor, prepaymentSyncPrepaymentWriter);
	}

	@Bean
	Step prepaymentSyncApCpEndRecordStep(ItemStreamReader<PrepaymentEndRecord> prepaymentSyncApCpEndRecordReader,
			ItemWriter<PrepaymentEndRecord> prepaymentSyncApCpEndRecordWriter) {
		return new StepBuilder("prepaymentSyncApCpEndRecordStep", this.jobRepository)
			.<PrepaymentEndRecord, PrepaymentEndRecord>chunk(this.properties.chunkSize())
			.transactionManager(this.transactionManager)
			.reader(prepaymentSyncApCpEndRecordReader)
			.writer(prepaymentSyncApCpEndRecordWriter)
			.build();
	}

	@Bean
	Step prepaymentSyncOnlineCostEndRecordStep(
			ItemStreamReader<OnlineCostEndRecord> prepaymentSyncOnlineCostEndRecordReader,
			ItemWriter<OnlineCostEndRecord> prepaymentSyncOnlineCostEndRecordWriter) {
		return new StepBuilder("prepaymentSyncOnlineCostEndRecordStep", this.jobRepository)
			.<OnlineCostEndRecord, OnlineCostEndRecord>chunk(this.properties.chunkSize())
			.transactionManager(this.transactionManager)
			.reader(prepaymentSyncOnlineCostEndRecordReader)
			.writer(prepaymentSyncOnlineCostEndRecordWriter)
			.build();
	}

	@Bean
	Step prepaymentSyncCloseStep(JdbcClient jdbc, PrepaymentLedger ledger, Clock clock) {
		return new StepBuilder("prepaymentSyncCloseStep", this.jobRepository)
			.tasklet(SyncWindowTasklet.closing(jdbc, ledger, clock, this.properties), this.transactionManager)
			.build();
	}

	@Bean
	@StepScope
	ItemStreamReader<Prepayment> prepaymentSyncApCpReader(ObjectProvider<QinceClient> qince,
			@Value("#{stepExecution}") StepExecution stepExecution) {
		return prepaymentsReader("prepaymentSyncApCpStepReader", PrepaymentVariant.AP_CP, qince,
				SyncWindow.of(stepExecution));
	}

	@Bean
	@StepScope
	ItemStreamReader<Prepayment> prepaymentSyncOnlineCostReader(ObjectProvider<QinceClient> qince,
			@Value("#{stepExecution}") StepExecution stepExecution) {
		return prepaymentsReader("prepaymentSyncOnlineCostStepReader", PrepaymentVariant.ONLINE_COST, qince,
				SyncWindow.of(stepExecution));
	}

	@Bean
	@StepScope
	ItemProcessor<Prepayment, SyncedPrepayment> prepaymentSyncApCpProcessor(ObjectProvider<QinceClient> qince) {
		return new PrepaymentDetailsProcessor(qince::getObject, PrepaymentVariant.AP_CP, this.properties.pageSize());
	}

	@Bean
	@StepScope
	ItemProcessor<Prepayment, SyncedPrepayment> prepaymentSyncOnlineCostProcessor(ObjectProvider<QinceClient> qince) {
		return new PrepaymentDetailsProcessor(qince::getObject, PrepaymentVariant.ONLINE_COST,
				this.properties.pageSize());
	}

	@Bean
	@StepScope
	ItemWriter<SyncedPrepayment> prepaymentSyncPrepaymentWriter(PrepaymentLedger ledger) {
		return (chunk) -> chunk
			.forEach((synced) -> ledger.save(synced.variant(), synced.prepayment(), synced.details()));
	}

	@Bean
	@StepScope
	ItemStreamReader<PrepaymentEndRecord> prepaymentSyncApCpEndRecordReader(ObjectProvider<QinceClient> qince,
			@Value("#{stepExecution}") StepExecution stepExecution) {
		SyncWindow window = SyncWindow.of(stepExecution);
		int rows = this.properties.pageSize();
		return new QincePagesReader<>("prepaymentSyncApCpEndRecordReader", (page) -> qince.getObject()
			.queryPrepaymentEndRecords(PrepaymentEndRecordQuery.closedBetween(window.from(), window.to(), page, rows)),
				rows);
	}

	@Bean
	@StepScope
	ItemWriter<PrepaymentEndRecord> prepaymentSyncApCpEndRecordWriter(PrepaymentLedger ledger) {
		return (chunk) -> chunk.forEach(ledger::saveEndRecord);
	}

	@Bean
	@StepScope
	ItemStreamReader<OnlineCostEndRecord> prepaymentSyncOnlineCostEndRecordReader(ObjectProvider<QinceClient> qince,
			@Value("#{stepExecution}") StepExecution stepExecution) {
		SyncWindow window = SyncWindow.of(stepExecution);
		int rows = this.properties.pageSize();
		return new QincePagesReader<>("prepaymentSyncOnlineCostEndRecordReader", (page) -> qince.getObject()
			.queryOnlineCostEndRecords(PrepaymentEndRecordQuery.closedBetween(window.from(), window.to(), page, rows)),
				rows);
	}

	@Bean
	@StepScope
	ItemWriter<OnlineCostEndRecord> prepaymentSyncOnlineCostEndRecordWriter(PrepaymentLedger ledger) {
		return (chunk) -> chunk.forEach(ledger::saveEndRecord);
	}

	private QincePagesReader<Prepayment> prepaymentsReader(String name, PrepaymentVariant variant,
			ObjectProvider<QinceClient> qince, SyncWindow window) {
		int rows = this.properties.pageSize();
		return new QincePagesReader<>(name,
				(page) -> qince.getObject()
					.queryPrepayments(variant, PrepaymentQuery.modifiedBetween(window.from(), window.to(), page, rows)),
				rows);
	}

	private Step prepaymentsStep(String name, ItemStreamReader<Prepayment> reader,
			ItemProcessor<Prepayment, SyncedPrepayment> processor, ItemWriter<SyncedPrepayment> writer) {
		return ApiChunkSteps.build(name, this.jobRepository, this.transactionManager, this.properties.chunkSize(),
				this.qinceProperties.maxConcurrency(), ApiChunkSteps.Restart.READS_FROM_CHECKPOINT, reader, processor,
				writer);
	}

}
