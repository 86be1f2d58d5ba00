package com.qincebridge.report;

import com.qincebridge.statement.StatementKind;
import com.qincebridge.statement.StatementLedger;
import com.qincebridge.writeback.WriteBackLog;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Makes the last step of the statement jobs, the check that the run left nothing undone
 * ({@link LeftUndoneTasklet}).
 */
@Component
public class FinalCheckSteps {

	private final JobRepository jobRepository;

	private final PlatformTransactionManager transactionManager;

	private final StatementLedger ledger;

	private final WriteBackLog writeBacks;

	FinalCheckSteps(JobRepository jobRepository, PlatformTransactionManager transactionManager, StatementLedger ledger,
			WriteBackLog writeBacks) {
		this.jobRepository = jobRepository;
		this.transactionManager = transactionManager;
		this.ledger = ledger;
		this.writeBacks = writeBacks;
	}

	/**
	 * The step that fails the run when a statement of its month and customers is still to
	 * be sent or a write-back of a verified one has no outcome.
	 */
	public Step finalCheckStep(String name, StatementKind kind) {
		return new StepBuilder(name, this.jobRepository)
			.tasklet(new LeftUndoneTasklet(kind, this.ledger, this.writeBacks), this.transactionManager)
			.build();
	}

}
