package com.qincebridge.staging;

import com.qincebridge.support.ApiChunkSteps;

import java.nio.file.Path;
import java.util.Set;

import com.qincebridge.erp.ErpBusinessType;
import com.qincebridge.erp.ErpClient;
import com.qincebridge.erp.ErpProperties;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Builds the extract steps of the statement jobs: zhixdl → staging, one window (company,
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

	StagingSteps(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ErpProperties erpProperties, ObjectProvider<ErpClient> erpClient, StagingRepository repository,
			@Value("${bridge.jobs-dir:jobs}") Path jobsDir) {
		this.jobRepository = jobRepository;
		this.transactionManager = transactionManager;
		this.erpProperties = erpProperties;
		this.erpClient = erpClient;
		this.repository = repository;
		this.jobsDir = jobsDir;
	}

	/**
	 * An extract step.
	 * @param name the step's name, starting with its job's feature
	 * @param types the business types the job needs
	 */
	public Step extractStep(String name, Set<ErpBusinessType> types) {
		int concurrency = this.erpProperties.maxConcurrency();
		ExtractWindowReader reader = new ExtractWindowReader(this.erpProperties, types);
		StagingProcessor processor = new StagingProcessor(() -> new ErpWindowReader(this.erpClient.getObject(),
				this.erpProperties.pageSize(), MAX_READS_PER_WINDOW), this.jobsDir);
		StagingWriter writer = new StagingWriter(this.repository);
		return ApiChunkSteps.build(name, this.jobRepository, this.transactionManager, concurrency * 2, concurrency,
				reader, processor, writer);
	}

}
