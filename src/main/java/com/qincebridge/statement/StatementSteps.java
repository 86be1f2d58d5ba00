package com.qincebridge.statement;

import com.qincebridge.expense.ExpenseMappingSource;
import com.qincebridge.goods.OpeningBalances;
import com.qincebridge.send.PendingStatement;
import com.qincebridge.send.QinceStatementsTasklet;
import com.qincebridge.report.RunReports;
import com.qincebridge.send.SendOutcome;
import com.qincebridge.report.StatementReportListener;
import com.qincebridge.send.StatementSendProcessor;
import com.qincebridge.send.StatementSendWriter;
import com.qincebridge.writeback.WriteBack;
import com.qincebridge.writeback.WriteBackLog;
import com.qincebridge.writeback.WriteBackOutcome;
import com.qincebridge.writeback.WriteBackProcessor;
import com.qincebridge.writeback.WriteBackWriter;

import java.time.Clock;
import java.time.Duration;

import javax.sql.DataSource;

import com.qincebridge.close.ClosedMonthValidator;
import com.qincebridge.erp.ErpClient;
import com.qincebridge.erp.ErpProperties;
import com.qincebridge.qince.QinceClient;
import com.qincebridge.qince.QinceProperties;
import com.qincebridge.support.ApiChunkSteps;
import com.qincebridge.staging.StagingRepository;
import com.qincebridge.staging.StagingSteps;
import com.qincebridge.support.TradeMonthRun;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The statement pipeline, one definition for both kinds of statement: customers → extract
 * → build → Qince state → send → verify → write back, with a report after the run. Steps
 * whose items call an API process the items of a chunk concurrently, up to the API's
 * {@code max-concurrency}, and commit each chunk with its outcomes.
 */
@Component
public class StatementSteps {

	/** How far Qince's clock may differ from ours when deciding that a send landed. */
	static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

	private static final int BUILD_CHUNK = 50;

	private final JobRepository jobRepository;

	private final PlatformTransactionManager transactionManager;

	private final DataSource dataSource;

	private final JdbcTemplate jdbcTemplate;

	private final StagingSteps staging;

	private final StagingRepository stagingRepository;

	private final StatementLedger ledger;

	private final OpeningBalances openings;

	private final ExpenseMappingSource expenseMapping;

	private final RunReports reports;

	private final WriteBackLog writeBackLog;

	private final ObjectProvider<QinceClient> qince;

	private final ObjectProvider<ErpClient> erp;

	private final QinceProperties qinceProperties;

	private final ErpProperties erpProperties;

	private final Clock clock;

	private final ClosedMonthValidator closedMonths;

	StatementSteps(JobRepository jobRepository, PlatformTransactionManager transactionManager, DataSource dataSource,
			JdbcTemplate jdbcTemplate, StagingSteps staging, StagingRepository stagingRepository,
			StatementLedger ledger, OpeningBalances openings, ExpenseMappingSource expenseMapping, RunReports reports,
			WriteBackLog writeBackLog, ObjectProvider<QinceClient> qince, ObjectProvider<ErpClient> erp,
			QinceProperties qinceProperties, ErpProperties erpProperties, Clock clock,
			ClosedMonthValidator closedMonths) {
		this.jobRepository = jobRepository;
		this.transactionManager = transactionManager;
		this.dataSource = dataSource;
		this.jdbcTemplate = jdbcTemplate;
		this.staging = staging;
		this.stagingRepository = stagingRepository;
		this.ledger = ledger;
		this.openings = openings;
		this.expenseMapping = expenseMapping;
		this.reports = reports;
		this.writeBackLog = writeBackLog;
		this.qince = qince;
		this.erp = erp;
		this.qinceProperties = qinceProperties;
		this.erpProperties = erpProperties;
		this.clock = clock;
		this.closedMonths = closedMonths;
	}

	/**
	 * The whole job for one kind of statement. It refuses to run for a month that
	 * month-end-close closed.
	 * @param prefix the job's feature, which starts the job's and every step's name
	 */
	public Job job(String prefix, StatementKind kind) {
		return new JobBuilder(prefix + "Job", this.jobRepository).start(customersStep(prefix))
			.next(this.staging.extractStep(prefix + "ExtractStep", kind.businessTypes()))
			.next(buildStep(prefix, kind))
			.next(qinceStateStep(prefix + "QinceStateStep", kind, false))
			.next(sendStep(prefix, kind))
			.next(qinceStateStep(prefix + "VerifyStep", kind, true))
			.next(writeBackStep(prefix, kind))
			.listener(new StatementReportListener(this.reports, kind))
			.validator(this.closedMonths)
			.build();
	}

	Step customersStep(String prefix) {
		return new StepBuilder(prefix + "CustomersStep", this.jobRepository)
			.tasklet(new StatementCustomersTasklet(this.qince, this.jdbcTemplate), this.transactionManager)
			.build();
	}

	Step buildStep(String prefix, StatementKind kind) {
		LateBoundReader<StatementKey> reader = new LateBoundReader<>((step) -> StatementQueries.statementKeys(
				this.dataSource, kind, TradeMonthRun.of(step.getJobParameters()).tradeMonth(),
				step.getJobExecution().getJobInstance().getInstanceId(), BUILD_CHUNK));
		CustomerScopedProcessor<StatementKey, BuiltStatement> processor = new CustomerScopedProcessor<>(
				StatementKey::customerCode,
				() -> new StatementBuildProcessor(this.stagingRepository, this.openings, this.expenseMapping));
		StatementLedgerWriter writer = new StatementLedgerWriter(this.ledger);
		return new StepBuilder(prefix + "BuildStep", this.jobRepository)
			.<StatementKey, BuiltStatement>chunk(BUILD_CHUNK)
			.transactionManager(this.transactionManager)
			.reader(reader)
			.processor(processor)
			.writer(writer)
			.listener(reader)
			.listener(processor)
			.listener(writer)
			.build();
	}

	Step qinceStateStep(String name, StatementKind kind, boolean verify) {
		// read-only towards Qince: runs again on restart, so that the send
		// step resumes with what Qince holds now (sends that landed)
		return new StepBuilder(name, this.jobRepository)
			.tasklet(new QinceStatementsTasklet(kind, this.qince, this.ledger, verify), this.transactionManager)
			.allowStartIfComplete(true)
			.build();
	}

	Step sendStep(String prefix, StatementKind kind) {
		int concurrency = this.qinceProperties.maxConcurrency();
		int chunk = concurrency * 4;
		LateBoundReader<PendingStatement> reader = new LateBoundReader<>((step) -> StatementQueries
			.pendingStatements(this.dataSource, kind, TradeMonthRun.of(step.getJobParameters()).tradeMonth(), chunk));
		CustomerScopedProcessor<PendingStatement, SendOutcome> processor = new CustomerScopedProcessor<>(
				PendingStatement::customerCode,
				() -> new StatementSendProcessor(this.qince.getObject(), this.ledger, this.clock, CLOCK_SKEW));
		StatementSendWriter writer = new StatementSendWriter(this.ledger);
		return ApiChunkSteps.build(prefix + "SendStep", this.jobRepository, this.transactionManager, chunk, concurrency,
				reader, processor, writer);
	}

	Step writeBackStep(String prefix, StatementKind kind) {
		int concurrency = this.erpProperties.maxConcurrency();
		int chunk = concurrency * 8;
		LateBoundReader<WriteBack> reader = new LateBoundReader<>((step) -> StatementQueries
			.pendingWriteBacks(this.dataSource, kind, TradeMonthRun.of(step.getJobParameters()).tradeMonth(), chunk));
		CustomerScopedProcessor<WriteBack, WriteBackOutcome> processor = new CustomerScopedProcessor<>(
				WriteBack::customerCode, () -> new WriteBackProcessor(this.erp.getObject(), this.writeBackLog));
		WriteBackWriter writer = new WriteBackWriter();
		return ApiChunkSteps.build(prefix + "WriteBackStep", this.jobRepository, this.transactionManager, chunk,
				concurrency, reader, processor, writer);
	}

}
