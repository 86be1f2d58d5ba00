package com.qincebridge.report;

import java.util.ArrayList;
import java.util.List;

import com.qincebridge.statement.StatementKind;
import com.qincebridge.statement.StatementLedger;
import com.qincebridge.statement.StatementState;
import com.qincebridge.support.TradeMonthRun;
import com.qincebridge.writeback.WriteBackLog;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * The last step of a statement run: nothing of the run's month (and customers, when it
 * names some) is left undone. Every statement must be sent and listed by Qince (VERIFIED)
 * or in a state that is an outcome (REJECTED, CONFLICT, INVALID, each with its reason),
 * and every write-back its verified statements want must be done or refused by zhixdl
 * with the reason. Those outcomes do not fail the run (the report counts them as needing
 * attention); a statement still to be sent (BUILT), one sent that Qince does not list
 * (SENT: it has no Qince id yet, so none of its write-backs is wanted) or a write-back
 * without an outcome fails the step, naming the counts and the first of each. The counts
 * are kept in the step's execution context ({@value #NOT_SENT}, {@value #NOT_VERIFIED},
 * {@value #NOT_WRITTEN}). Read-only; a restart runs the Qince-state, send, verify and
 * write-back steps again, then this check.
 */
final class LeftUndoneTasklet implements Tasklet {

	static final String NOT_SENT = "check.statementsNotSent";

	static final String NOT_VERIFIED = "check.statementsNotVerified";

	static final String NOT_WRITTEN = "check.writeBacksNotMade";

	/** How many of each are named in the failure. */
	static final int EXAMPLES = 5;

	private final StatementKind kind;

	private final StatementLedger ledger;

	private final WriteBackLog writeBacks;

	LeftUndoneTasklet(StatementKind kind, StatementLedger ledger, WriteBackLog writeBacks) {
		this.kind = kind;
		this.ledger = ledger;
		this.writeBacks = writeBacks;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		StepExecution step = chunkContext.getStepContext().getStepExecution();
		TradeMonthRun run = TradeMonthRun.of(step.getJobParameters());
		List<String> notSent = this.ledger.statementNumbers(this.kind, run, StatementState.BUILT);
		List<String> notVerified = this.ledger.statementNumbers(this.kind, run, StatementState.SENT);
		long notWritten = this.writeBacks.countNotMade(this.kind, run);
		step.getExecutionContext().putLong(NOT_SENT, notSent.size());
		step.getExecutionContext().putLong(NOT_VERIFIED, notVerified.size());
		step.getExecutionContext().putLong(NOT_WRITTEN, notWritten);
		if (notSent.isEmpty() && notVerified.isEmpty() && notWritten == 0) {
			return RepeatStatus.FINISHED;
		}
		List<String> left = new ArrayList<>();
		if (!notSent.isEmpty()) {
			left.add(count(notSent.size(), "statement") + " not sent (" + examples(notSent) + ")");
		}
		if (!notVerified.isEmpty()) {
			left.add(count(notVerified.size(), "statement") + " sent and not listed by Qince, so not written back ("
					+ examples(notVerified) + ")");
		}
		if (notWritten > 0) {
			left.add(count(notWritten, "write-back") + " not made ("
					+ examples(this.writeBacks.notMade(this.kind, run, EXAMPLES), notWritten) + ")");
		}
		throw new IllegalStateException(
				"Left undone: " + String.join(", ", left) + "; resuming the run sends and writes them back");
	}

	private static String count(long count, String noun) {
		return count + " " + noun + ((count == 1) ? "" : "s");
	}

	private static String examples(List<String> all) {
		return examples(all.stream().limit(EXAMPLES).toList(), all.size());
	}

	private static String examples(List<String> first, long all) {
		return String.join(", ", first) + ((all > first.size()) ? " and " + (all - first.size()) + " more" : "");
	}

}
