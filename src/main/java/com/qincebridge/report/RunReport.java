package com.qincebridge.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What a statement run did, for finance and operators: printed at the end of the run and
 * kept as JSON in {@code run_report}, one per job execution.
 *
 * @param steps each step with its status and counts
 * @param statements statements of the month by outcome
 * @param money the reconciliation of the month's money for the run's customers
 * @param quarantined the quarantined lines of the month, with their reasons
 * @param refused the statements Qince refused, in conflict, or invalid, with reasons
 * @param writeBacks write-backs done and failed (this run)
 * @param failedWriteBacks the month's failed write-backs with their reasons
 */
public record RunReport(long jobExecutionId, String jobName, String status, String title, List<StepLine> steps,
		StatementCounts statements, Money money, List<QuarantineLine> quarantined, List<RefusedStatement> refused,
		WriteBackCounts writeBacks, List<String> failedWriteBacks, @Nullable String failure) {

	/**
	 * The month's statements by outcome.
	 *
	 * @param inLedger all statements of the kind and month in the ledger
	 * @param sent sent by this run
	 * @param landedBeforeRestart sent before the run it resumes stopped, found in Qince
	 * @param unchanged accepted by Qince before, content unchanged: not sent again
	 * @param rejected refused by Qince
	 * @param inConflict confirmed in Qince and changed since: not overwritten
	 * @param invalid cannot be sent (a value over a field limit)
	 * @param notSentYet built and still to be sent
	 * @param verified listed by Qince with the content it accepted
	 */
	public record StatementCounts(long inLedger, long sent, long landedBeforeRestart, long unchanged, long rejected,
			long inConflict, long invalid, long notSentYet, long verified) {
	}

	/** The write-backs this run made, done and refused by zhixdl. */
	public record WriteBackCounts(long done, long failed) {
	}

	public record StepLine(String name, String status, long read, long written, long filtered, long skipped,
			Map<String, Long> counts) {
	}

	/**
	 * The month's money for the statement customers of the run, to the cent.
	 *
	 * @param staged lines in staging with a category of this statement kind
	 * @param inStatements of those, the lines in statements that can be sent
	 * @param inInvalidStatements of those, the lines in statements that cannot be sent
	 * @param quarantinedWithAmount lines read but quarantined (no classification rule),
	 * whose amount could be read
	 * @param quarantinedUnreadable lines quarantined whose amount could not be read
	 */
	public record Money(BigDecimal staged, long stagedLines, BigDecimal inStatements, BigDecimal inInvalidStatements,
			BigDecimal quarantinedWithAmount, long quarantinedWithAmountLines, long quarantinedUnreadable) {

		/**
		 * staged − in statements − in invalid statements: zero when every cent is
		 * accounted for.
		 */
		public BigDecimal difference() {
			return this.staged.subtract(this.inStatements).subtract(this.inInvalidStatements);
		}

	}

	public record QuarantineLine(String businessType, String lineKey, String companyCode, String windowDate,
			@Nullable String customerCode, @Nullable BigDecimal amount, String field, String reason) {
	}

	public record RefusedStatement(String statementNo, String customerCode, String state, @Nullable String reason) {
	}

}
