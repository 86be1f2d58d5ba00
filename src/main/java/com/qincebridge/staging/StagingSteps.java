package com.qincebridge.staging;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Set;

import com.qincebridge.erp.ErpBusinessType;
import com.qincebridge.erp.ErpClient;
import com.qincebridge.erp.ErpProperties;
import com.qincebridge.support.ApiChunkSteps;
import com.qincebridge.support.JobsFiles;
import com.qincebridge.support.TradeMonthRun;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Makes the extract steps of the statement jobs, and the reader, processor and writer
 * each job declares as its own step-scoped beans: zhixdl → staging, one window (company,
 * business type, day) per item, windows of a chunk read concurrently up to
 * {@code bridge.erp.max-concurrency}, each chunk committed with the reader's position. A
 * transient API failure that outlasts the client's retries fails the step; a restart
 * resumes at the first window not committed.
 */
@Component
public class StagingSteps {

	private static final int MAX_READS_PER_WINDOW = 3;

	private final JobRepository jobRepository;

	private final PlatformTransactionManager transactionManager;

	private final ErpProperties erpProperties;

	private final ObjectProvider<ErpClient> erpClient;

	private final StagingRepository repository;

	private final Path jobsDir;

	private final JdbcClient jdbc;

	private final BigDecimal maxQuarantinedShare;

	StagingSteps(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ErpProperties erpProperties, ObjectProvider<ErpClient> erpClient, StagingRepository repository,
			@Value("${bridge.jobs-dir:jobs}") Path jobsDir, JdbcClient jdbc,
			@Value("${bridge.runs.max-quarantined-share:0.05}") BigDecimal maxQuarantinedShare) {
		if (maxQuarantinedShare.signum() < 0 || maxQuarantinedShare.compareTo(BigDecimal.ONE) > 0) {
			throw new IllegalArgumentException(
					"bridge.runs.max-quarantined-share must be a share from 0 to 1 (0.05 is 5%): "
							+ maxQuarantinedShare);
		}
		this.jdbc = jdbc;
		this.maxQuarantinedShare = maxQuarantinedShare;
		this.jobRepository = jobRepository;
		this.transactionManager = transactionManager;
		this.erpProperties = erpProperties;
		this.erpClient = erpClient;
		this.repository = repository;
		this.jobsDir = jobsDir;
	}

	/**
	 * An extract step over a job's own reader, processor and writer.
	 * @param name the step's name, starting with its job's feature
	 */
	public Step extractStep(String name, ItemStreamReader<ExtractWindow> reader,
			ItemProcessor<ExtractWindow, StagedWindow> processor, ItemWriter<StagedWindow> writer) {
		int concurrency = this.erpProperties.maxConcurrency();
		return ApiChunkSteps.build(name, this.jobRepository, this.transactionManager, concurrency * 2, concurrency,
				ApiChunkSteps.Restart.READS_FROM_CHECKPOINT, reader, processor, writer);
	}

	/**
	 * The dirty-data check after the extract: the run fails before building when more
	 * than {@code bridge.runs.max-quarantined-share} of the month's lines are
	 * quarantined.
	 * @param name the step's name, starting with its job's feature
	 * @param types the business types the job needs
	 */
	public Step quarantineCheckStep(String name, Set<ErpBusinessType> types) {
		return new StepBuilder(name, this.jobRepository)
			.tasklet(new QuarantineShareTasklet(this.jdbc, types, this.maxQuarantinedShare), this.transactionManager)
			.allowStartIfComplete(true)
			.build();
	}

	/**
	 * The windows of a run.
	 * @param types the business types the job needs
	 */
	public ItemStreamReader<ExtractWindow> reader(Set<ErpBusinessType> types, TradeMonthRun run) {
		return new ExtractWindowReader(this.erpProperties, types, run, this.repository);
	}

	/**
	 * Reads and classifies windows with the classification rules as they are when the
	 * step execution starts; the ERP client is built from the settings only then.
	 */
	public ItemProcessor<ExtractWindow, StagedWindow> processor() {
		JobsFiles rules = JobsFiles.read(this.jobsDir, "classification-rules.csv");
		return new StagingProcessor(
				new ErpWindowReader(this.erpClient.getObject(), this.erpProperties.pageSize(), MAX_READS_PER_WINDOW),
				ClassificationRules.parse(rules.text(), rules.source()));
	}

	/** The writer of one step execution, which counts what it staged in its context. */
	public ItemWriter<StagedWindow> writer(StepExecution stepExecution) {
		return new StagingWriter(this.repository, stepExecution);
	}

}
