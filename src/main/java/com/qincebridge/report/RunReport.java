package com.qincebridge.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import com.qincebridge.statement.StatementState;
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
	 * The items that need attention: the statements Qince refused, in conflict or
	 * invalid, and the write-backs zhixdl refused, each listed with its reason.
	 */
	public Attention attention() {
		long rejected = countRefused(StatementState.REJECTED);
		long conflicts = countRefused(StatementState.CONFLICT);
		long invalid = countRefused(StatementState.INVALID);
		return new Attention(rejected, conflicts, invalid, this.failedWriteBacks.size());
	}

	/**
	 * The report's first line: what needs attention, after the run's own state when it
	 * did not complete ({@code FAILED: resume it with restart 12; nothing else needs
	 * attention}), since a run to resume is the first thing that does.
	 */
	public String headline() {
		return headline(null);
	}

	/**
	 * The report's first line, for an execution that a later one of its run may have
	 * resumed: then {@code FAILED: resumed by execution 13; …} instead of a restart
	 * command that would no longer apply.
	 * @param resumedBy the later execution of the same run, if any
	 */
	public String headline(@Nullable Long resumedBy) {
		Attention attention = attention();
		if (!"FAILED".equals(this.status) && !"STOPPED".equals(this.status)) {
			return attention.describe();
		}
		if (resumedBy != null) {
			return this.status + ": resumed by execution " + resumedBy + "; "
					+ ((attention.total() == 0) ? "nothing else needed attention" : attention.describe());
		}
		return this.status + ": resume it with restart " + this.jobExecutionId + "; "
				+ ((attention.total() == 0) ? "nothing else needs attention" : attention.describe());
	}

	private long countRefused(StatementState state) {
		return this.refused.stream().filter((statement) -> state.name().equals(statement.state())).count();
	}

	/**
	 * What needs attention, by kind.
	 *
	 * @param rejected statements Qince refused
	 * @param conflicts statements confirmed in Qince whose content changed since
	 * @param invalid statements that cannot be sent (a value over a field limit)
	 * @param refusedWriteBacks write-backs zhixdl refused
	 */
	public record Attention(long rejected, long conflicts, long invalid, long refusedWriteBacks) {

		public long total() {
			return this.rejected + this.conflicts + this.invalid + this.refusedWriteBacks;
		}

		/**
		 * One line: {@code Nothing needs attention}, or
		 * {@code 3 items need attention: 1 statement rejected, 1 conflict, 0 invalid, 1 write-back refused}.
		 */
		public String describe() {
			long total = total();
			if (total == 0) {
				return "Nothing needs attention";
			}
			return String.format("%d %s attention: %d %s rejected, %d %s, %d invalid, %d %s refused", total,
					(total == 1) ? "item needs" : "items need", this.rejected, plural(this.rejected, "statement"),
					this.conflicts, plural(this.conflicts, "conflict"), this.invalid, this.refusedWriteBacks,
					plural(this.refusedWriteBacks, "write-back"));
		}

		private static String plural(long count, String noun) {
			return (count == 1) ? noun : noun + "s";
		}

	}

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
	 * The month's money of the run's customers, to the cent. Every staged line is in
	 * exactly one bucket: in a statement that can be sent, in one that cannot, or of a
	 * customer Qince does not list as a statement customer; so the difference is zero by
	 * construction and anything else is a defect.
	 *
	 * @param staged lines in staging with a category of this statement kind, of every
	 * customer (of the run's customers when it names some)
	 * @param inStatements of those, the lines in statements that can be sent
	 * @param inInvalidStatements of those, the lines in statements that cannot be sent
	 * @param quarantinedWithAmount lines read but quarantined, whose amount could be read
	 * @param quarantinedUnreadable lines quarantined whose amount could not be read
	 * @param notStatementCustomers of the staged lines, those of customers Qince's
	 * getCustomers does not list: in no statement, usually a set-up mistake in Qince
	 * @param notStatementCustomerLines how many lines those are
	 * @param notListedCustomers those customers, by code
	 */
	public record Money(BigDecimal staged, long stagedLines, BigDecimal inStatements, BigDecimal inInvalidStatements,
			BigDecimal quarantinedWithAmount, long quarantinedWithAmountLines, long quarantinedUnreadable,
			BigDecimal notStatementCustomers, long notStatementCustomerLines, List<String> notListedCustomers) {

		/**
		 * staged − in statements − in invalid statements − of customers Qince does not
		 * list: zero when every cent is accounted for.
		 */
		public BigDecimal difference() {
			return this.staged.subtract(this.inStatements)
				.subtract(this.inInvalidStatements)
				.subtract(this.notStatementCustomers);
		}

	}

	public record QuarantineLine(String businessType, String lineKey, String companyCode, String windowDate,
			@Nullable String customerCode, @Nullable BigDecimal amount, String field, String reason) {
	}

	public record RefusedStatement(String statementNo, String customerCode, String state, @Nullable String reason) {
	}

}
