package com.qincebridge.statement;

import com.qincebridge.qince.QinceClient;
import com.qincebridge.staging.StagingRepository;
import com.qincebridge.support.ApiChunkSteps;
import com.qincebridge.support.TradeMonthRun;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Makes the statement-customers and build steps of the statement jobs, and the reader,
 * processor and writer each job declares as its own step-scoped beans: customers → the
 * (company, customer) pairs of the month → the kind's builder → the ledger, in chunks of
 * {@value #CHUNK}.
 */
@Component
public class StatementBuildSteps {

	static final int CHUNK = 200;

	private final JobRepository jobRepository;

	private final PlatformTransactionManager transactionManager;

	private final JdbcClient jdbc;

	private final JdbcTemplate jdbcTemplate;

	private final StagingRepository staging;

	private final StatementLedger ledger;

	private final ObjectProvider<QinceClient> qince;

	StatementBuildSteps(JobRepository jobRepository, PlatformTransactionManager transactionManager, JdbcClient jdbc,
			JdbcTemplate jdbcTemplate, StagingRepository staging, StatementLedger ledger,
			ObjectProvider<QinceClient> qince) {
		this.jobRepository = jobRepository;
		this.transactionManager = transactionManager;
		this.jdbc = jdbc;
		this.jdbcTemplate = jdbcTemplate;
		this.staging = staging;
		this.ledger = ledger;
		this.qince = qince;
	}

	/** The step that fetches Qince's statement customers once per job instance. */
	public Step customersStep(String name) {
		return new StepBuilder(name, this.jobRepository)
			.tasklet(new StatementCustomersTasklet(this.qince, this.jdbcTemplate), this.transactionManager)
			.build();
	}

	/** The build step over a job's own reader, processor and writer. */
	public Step buildStep(String name, ItemStreamReader<StatementInput> reader,
			ItemProcessor<StatementInput, BuiltStatement> processor, ItemWriter<BuiltStatement> writer) {
		return new StepBuilder(name, this.jobRepository).<StatementInput, BuiltStatement>chunk(CHUNK)
			.transactionManager(this.transactionManager)
			.transactionAttribute(ApiChunkSteps.chunkTransaction())
			.reader(reader)
			.processor(processor)
			.writer(writer)
			.build();
	}

	/**
	 * The statements of the kind a run of the job instance builds for the month, with
	 * their lines, in pages of {@value #CHUNK}.
	 */
	public ItemStreamReader<StatementInput> reader(StatementKind kind, TradeMonthRun run, long jobInstanceId) {
		long step = StatementQueries.plan(this.jdbc, kind, run.tradeMonth(), jobInstanceId);
		return new StatementInputReader(this.jdbc, this.staging, step, kind, run, CHUNK);
	}

	public ItemProcessor<StatementInput, BuiltStatement> processor(StatementBuilder builder, TradeMonthRun run) {
		return new StatementBuildProcessor(builder, run);
	}

	public ItemWriter<BuiltStatement> writer(long jobExecutionId) {
		return new StatementLedgerWriter(this.ledger, jobExecutionId);
	}

}
