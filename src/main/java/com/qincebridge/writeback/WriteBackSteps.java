package com.qincebridge.writeback;

import java.time.YearMonth;

import javax.sql.DataSource;

import com.qincebridge.erp.ErpClient;
import com.qincebridge.erp.ErpProperties;
import com.qincebridge.statement.StatementKind;
import com.qincebridge.support.ApiChunkSteps;
import com.qincebridge.support.TradeMonthRun;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.TaskletStep;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Makes the write-back step of the statement jobs and its reader, processor and writer
 * that each job declares as its own step-scoped beans. The step keeps
 * {@code bridge.erp.max-concurrency} calls in flight ({@link ApiChunkSteps}); outcomes
 * that end together are recorded in one batch and one commit; restart positions fall
 * every eight calls per permitted concurrent call (the reader's page).
 */
@Component
public class WriteBackSteps {

	private final JobRepository jobRepository;

	private final PlatformTransactionManager transactionManager;

	private final DataSource dataSource;

	private final WriteBackLog log;

	private final ObjectProvider<ErpClient> erp;

	private final ErpProperties erpProperties;

	WriteBackSteps(JobRepository jobRepository, PlatformTransactionManager transactionManager, DataSource dataSource,
			WriteBackLog log, ObjectProvider<ErpClient> erp, ErpProperties erpProperties) {
		this.jobRepository = jobRepository;
		this.transactionManager = transactionManager;
		this.dataSource = dataSource;
		this.log = log;
		this.erp = erp;
		this.erpProperties = erpProperties;
	}

	/**
	 * The write-back step over a job's own reader, processor and writer. It runs again
	 * when a run is resumed even if it completed, so that the write-backs of statements
	 * verified since (or that the run's last check found without an outcome) are made; it
	 * reads only write-backs not done yet.
	 */
	public Step writeBackStep(String name, ItemStreamReader<WriteBack> reader,
			ItemProcessor<WriteBack, WriteBackOutcome> processor, ItemWriter<WriteBackOutcome> writer) {
		TaskletStep step = ApiChunkSteps.build(name, this.jobRepository, this.transactionManager, chunk(),
				concurrency(), ApiChunkSteps.Restart.LEAVES_OUT_RECORDED, reader, processor, writer);
		step.setAllowStartIfComplete(true);
		return step;
	}

	/** The write-backs the verified statements of the kind and month still need. */
	public ItemStreamReader<WriteBack> reader(StatementKind kind, YearMonth month) {
		return PendingWriteBacks.reader(this.dataSource, kind, month, chunk());
	}

	/** The processor of one step execution: one write-back call per item. */
	public ItemProcessor<WriteBack, WriteBackOutcome> processor(TradeMonthRun run) {
		return new WriteBackProcessor(this.erp.getObject(), run);
	}

	/**
	 * The writer of one step execution, which records the outcomes under its job
	 * execution and counts them in its context.
	 */
	public ItemWriter<WriteBackOutcome> writer(StepExecution stepExecution) {
		return new WriteBackWriter(this.log, stepExecution);
	}

	private int concurrency() {
		return this.erpProperties.maxConcurrency();
	}

	private int chunk() {
		return concurrency() * 8;
	}

}
