package com.qincebridge.send;

import com.qincebridge.statement.StatementKind;
import com.qincebridge.statement.StatementLedger;

import java.time.YearMonth;
import java.util.List;

import com.qincebridge.qince.QinceClient;
import com.qincebridge.qince.StatementQuery;
import com.qincebridge.qince.StatementStatus;
import com.qincebridge.support.TradeMonthRun;

import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Reads what Qince lists for the month (queryStatement / queryExpenseStatement, page by
 * page until a page brings nothing new; the pages after the first several at a time, up
 * to the client's max-concurrency, see {@link QinceStatementPages}) into the ledger: each
 * statement's Qince id, status and modify time. Before sending, this tells which
 * statements are confirmed and which sends of a stopped run landed; after sending
 * ({@code verify}), it marks the sent statements Qince lists as VERIFIED. Read-only
 * towards Qince, so it simply runs again on restart.
 */
public final class QinceStatementsTasklet implements Tasklet {

	static final String LISTED = "qince.listed";

	static final String VERIFIED = "qince.verified";

	private static final int MAX_PAGES = 10_000;

	private final StatementKind kind;

	private final ObjectProvider<QinceClient> qince;

	private final StatementLedger ledger;

	private final boolean verify;

	private final int concurrency;

	/**
	 * @param concurrency the most pages read at once
	 * ({@code bridge.qince.max-concurrency})
	 */
	public QinceStatementsTasklet(StatementKind kind, ObjectProvider<QinceClient> qince, StatementLedger ledger,
			boolean verify, int concurrency) {
		this.kind = kind;
		this.qince = qince;
		this.ledger = ledger;
		this.verify = verify;
		this.concurrency = concurrency;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		var stepExecution = chunkContext.getStepContext().getStepExecution();
		YearMonth month = TradeMonthRun.of(stepExecution.getJobParameters()).tradeMonth();
		List<StatementStatus> listed = listAll(month);
		int matched = this.ledger.recordQinceState(this.kind, month, listed);
		stepExecution.getExecutionContext().putLong(LISTED, matched);
		if (this.verify) {
			int verified = this.ledger.verifySent(this.kind, month);
			contribution.incrementWriteCount(verified);
			stepExecution.getExecutionContext().putLong(VERIFIED, verified);
		}
		return RepeatStatus.FINISHED;
	}

	private List<StatementStatus> listAll(YearMonth month) {
		QinceClient client = this.qince.getObject();
		return QinceStatementPages.listAll(
				(page) -> this.kind.query(client, StatementQuery.page(month.toString(), page)),
				this.ledger.count(this.kind, month), this.concurrency, MAX_PAGES);
	}

}
