package com.qincebridge.send;

import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;

import javax.sql.DataSource;

import com.qincebridge.qince.QinceClient;
import com.qincebridge.qince.QinceProperties;
import com.qincebridge.statement.StatementKind;
import com.qincebridge.statement.StatementLedger;
import com.qincebridge.support.ApiChunkSteps;
import com.qincebridge.support.TradeMonthRun;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.TaskletStep;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Makes the Qince-state, send and verify steps of the statement jobs, and the send step's
 * reader, processor and writer that each job declares as its own step-scoped beans. The
 * send step keeps {@code bridge.qince.max-concurrency} sends in flight; its restart
 * positions, and the pages whose attempts are recorded together, are four sends per
 * permitted concurrent call apart.
 */
@Component
public class SendSteps {

	/** How far Qince's clock may differ from ours when deciding that a send landed. */
	static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

	private final JobRepository jobRepository;

	private final PlatformTransactionManager transactionManager;

	private final DataSource dataSource;

	private final StatementLedger ledger;

	private final ObjectProvider<QinceClient> qince;

	private final QinceProperties qinceProperties;

	private final Clock clock;

	SendSteps(JobRepository jobRepository, PlatformTransactionManager transactionManager, DataSource dataSource,
			StatementLedger ledger, ObjectProvider<QinceClient> qince, QinceProperties qinceProperties, Clock clock) {
		this.jobRepository = jobRepository;
		this.transactionManager = transactionManager;
		this.dataSource = dataSource;
		this.ledger = ledger;
		this.qince = qince;
		this.qinceProperties = qinceProperties;
		this.clock = clock;
	}

	/**
	 * The step that reads what Qince holds for the month into the ledger: before sending
	 * ({@code verify} false) and after it, marking what Qince lists VERIFIED. Read-only
	 * towards Qince, it runs again on restart, so that the send step resumes with what
	 * Qince holds now (sends that landed).
	 */
	public Step qinceStateStep(String name, StatementKind kind, boolean verify) {
		return new StepBuilder(name, this.jobRepository)
			.tasklet(new QinceStatementsTasklet(kind, this.qince, this.ledger, verify, concurrency()),
					this.transactionManager)
			.allowStartIfComplete(true)
			.build();
	}

	/**
	 * The send step over a job's own reader, processor and writer. It runs again when a
	 * run is resumed even if it completed, so that a statement the run's last check found
	 * still to be sent is sent; it reads only statements still to be sent.
	 */
	public Step sendStep(String name, ItemStreamReader<PendingStatement> reader, SendProcessor processor,
			ItemWriter<SendOutcome> writer) {
		TaskletStep step = ApiChunkSteps.build(name, this.jobRepository, this.transactionManager, chunk(),
				concurrency(), ApiChunkSteps.Restart.CHECKS_WHAT_LANDED, reader, processor, writer);
		step.setAllowStartIfComplete(true);
		return step;
	}

	/** The statements of the kind and month waiting to be sent. */
	public ItemStreamReader<PendingStatement> reader(StatementKind kind, YearMonth month) {
		return PendingStatements.reader(this.dataSource, kind, month, chunk());
	}

	public SendProcessor processor(TradeMonthRun run) {
		return new StatementSendProcessor(this.qince.getObject(), this.ledger, this.clock, CLOCK_SKEW, run);
	}

	/** The writer of one step execution, which counts the outcomes in its context. */
	public ItemWriter<SendOutcome> writer(StepExecution stepExecution) {
		return new StatementSendWriter(this.ledger, stepExecution);
	}

	private int concurrency() {
		return this.qinceProperties.maxConcurrency();
	}

	private int chunk() {
		return concurrency() * 4;
	}

}
