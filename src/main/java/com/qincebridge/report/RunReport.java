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
 * @param statements statements of the month by outcome: built, sent (this run), landed,
 * unchanged, rejected, conflict, invalid, verified
 * @param money the reconciliation of the month's money for the run's customers
 * @param quarantined the quarantined lines of the month, with their reasons
 * @param refused the statements Qince refused, in conflict, or invalid, with reasons
 * @param writeBacks write-backs done and failed (this run) and failed with reasons
 */
public record RunReport(long jobExecutionId, String jobName, String status, String title, List<StepLine> steps,
		Map<String, Long> statements, Money money, List<QuarantineLine> quarantined, List<RefusedStatement> refused,
		Map<String, Long> writeBacks, List<String> failedWriteBacks, @Nullable String failure) {

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
