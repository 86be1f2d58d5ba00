package com.qincebridge.prepayment;

import java.time.Clock;

import com.qincebridge.qince.OnlineCostEndRecord;
import com.qincebridge.qince.Prepayment;
import com.qincebridge.qince.PrepaymentEndRecord;
import com.qincebridge.qince.PrepaymentEndRecordQuery;
import com.qincebridge.qince.PrepaymentQuery;
import com.qincebridge.qince.PrepaymentVariant;
import com.qincebridge.qince.QinceClient;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The {@code prepayment-sync} job (see package-info for its card): window → prepayments
 * of each variant with their lines → close records of each variant → links and window
 * end.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PrepaymentProperties.class)
class PrepaymentSyncJobConfiguration {

	private final JobRepository jobRepository;

	private final PlatformTransactionManager transactionManager;

	private final ObjectProvider<QinceClient> qince;

	private final PrepaymentLedger ledger;

	private final PrepaymentProperties properties;

	PrepaymentSyncJobConfiguration(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ObjectProvider<QinceClient> qince, PrepaymentLedger ledger, PrepaymentProperties properties) {
		this.jobRepository = jobRepository;
		this.transactionManager = transactionManager;
		this.qince = qince;
		this.ledger = ledger;
		this.properties = properties;
	}

	@Bean
	Job prepaymentSyncJob(JdbcClient jdbc, Clock clock) {
		return new JobBuilder("prepaymentSyncJob", this.jobRepository)
			.start(new StepBuilder("prepaymentSyncWindowStep", this.jobRepository)
				.tasklet(SyncWindowTasklet.opening(jdbc, clock, this.properties), this.transactionManager)
				.build())
			.next(prepaymentsStep("prepaymentSyncApCpStep", PrepaymentVariant.AP_CP))
			.next(prepaymentsStep("prepaymentSyncOnlineCostStep", PrepaymentVariant.ONLINE_COST))
			.next(apCpEndRecordsStep())
			.next(onlineCostEndRecordsStep())
			.next(new StepBuilder("prepaymentSyncCloseStep", this.jobRepository)
				.tasklet(SyncWindowTasklet.closing(jdbc, this.ledger, clock, this.properties), this.transactionManager)
				.build())
			.build();
	}

	private Step prepaymentsStep(String name, PrepaymentVariant variant) {
		int rows = this.properties.pageSize();
		QincePagesReader<Prepayment> reader = new QincePagesReader<>(name + "Reader",
				(window, page) -> this.qince.getObject()
					.queryPrepayments(variant, PrepaymentQuery.modifiedBetween(window.from(), window.to(), page, rows)),
				rows);
		return new StepBuilder(name, this.jobRepository)
			.<Prepayment, SyncedPrepayment>chunk(this.properties.chunkSize())
			.transactionManager(this.transactionManager)
			.reader(reader)
			.processor(new PrepaymentDetailsProcessor(this.qince::getObject, variant, rows))
			.writer((chunk) -> chunk
				.forEach((synced) -> this.ledger.save(synced.variant(), synced.prepayment(), synced.details())))
			.listener(reader)
			.build();
	}

	private Step apCpEndRecordsStep() {
		int rows = this.properties.pageSize();
		QincePagesReader<PrepaymentEndRecord> reader = new QincePagesReader<>("prepaymentSyncApCpEndRecordReader",
				(window, page) -> this.qince.getObject()
					.queryPrepaymentEndRecords(
							PrepaymentEndRecordQuery.closedBetween(window.from(), window.to(), page, rows)),
				rows);
		return new StepBuilder("prepaymentSyncApCpEndRecordStep", this.jobRepository)
			.<PrepaymentEndRecord, PrepaymentEndRecord>chunk(this.properties.chunkSize())
			.transactionManager(this.transactionManager)
			.reader(reader)
			.writer((chunk) -> chunk.forEach(this.ledger::saveEndRecord))
			.listener(reader)
			.build();
	}

	private Step onlineCostEndRecordsStep() {
		int rows = this.properties.pageSize();
		QincePagesReader<OnlineCostEndRecord> reader = new QincePagesReader<>("prepaymentSyncOnlineCostEndRecordReader",
				(window, page) -> this.qince.getObject()
					.queryOnlineCostEndRecords(
							PrepaymentEndRecordQuery.closedBetween(window.from(), window.to(), page, rows)),
				rows);
		return new StepBuilder("prepaymentSyncOnlineCostEndRecordStep", this.jobRepository)
			.<OnlineCostEndRecord, OnlineCostEndRecord>chunk(this.properties.chunkSize())
			.transactionManager(this.transactionManager)
			.reader(reader)
			.writer((chunk) -> chunk.forEach(this.ledger::saveEndRecord))
			.listener(reader)
			.build();
	}

}
