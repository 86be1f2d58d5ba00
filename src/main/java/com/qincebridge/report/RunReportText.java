package com.qincebridge.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.qincebridge.report.RunReport.Money;
import com.qincebridge.report.RunReport.QuarantineLine;
import com.qincebridge.report.RunReport.RefusedStatement;
import com.qincebridge.report.RunReport.StatementCounts;
import com.qincebridge.report.RunReport.StepLine;
import org.jspecify.annotations.Nullable;

/**
 * The report as text for a finance reader: first how many items need attention
 * ({@link RunReport#attention()}), then the run, amounts to the cent with thousands
 * separators, every quarantined line and refused statement with its reason.
 */
public final class RunReportText {

	private static final int LISTED = 50;

	private RunReportText() {
	}

	public static String render(RunReport report) {
		StringBuilder text = new StringBuilder();
		text.append(report.headline()).append(System.lineSeparator());
		text.append(String.format("%s — run %d: %s%n", report.title(), report.jobExecutionId(), report.status()));
		if (report.failure() != null) {
			text.append("  Stopped by: ").append(report.failure()).append(System.lineSeparator());
		}
		text.append(System.lineSeparator()).append("Steps").append(System.lineSeparator());
		for (StepLine step : report.steps()) {
			text.append(String.format("  %-28s %-10s read %d, written %d, filtered %d, skipped %d%s%n", step.name(),
					step.status(), step.read(), step.written(), step.filtered(), step.skipped(),
					counts(step.counts())));
		}
		text.append(System.lineSeparator()).append("Statements").append(System.lineSeparator());
		StatementCounts statements = report.statements();
		count(text, "in ledger", statements.inLedger());
		count(text, "sent", statements.sent());
		count(text, "landed before restart", statements.landedBeforeRestart());
		count(text, "unchanged", statements.unchanged());
		count(text, "rejected", statements.rejected());
		count(text, "in conflict", statements.inConflict());
		count(text, "invalid", statements.invalid());
		count(text, "not sent yet", statements.notSentYet());
		count(text, "verified in Qince", statements.verified());
		Money money = report.money();
		text.append(System.lineSeparator()).append("Money").append(System.lineSeparator());
		line(text, "staged from the ERP", money.staged(), money.stagedLines() + " lines");
		line(text, "in statements", money.inStatements(), null);
		line(text, "in invalid statements", money.inInvalidStatements(), null);
		line(text, "not statement customers", money.notStatementCustomers(),
				money.notStatementCustomerLines() + " lines" + notListed(money.notListedCustomers()));
		line(text, "difference", money.difference(), (money.difference().signum() == 0) ? "every cent accounted for"
				: "CHECK: staged money is missing from the statements");
		line(text, "quarantined (no rule)", money.quarantinedWithAmount(),
				money.quarantinedWithAmountLines() + " lines");
		text.append(String.format("  %-24s %s%n", "quarantined (unreadable)",
				money.quarantinedUnreadable() + " lines, amount unknown"));
		if (!report.quarantined().isEmpty()) {
			text.append(System.lineSeparator()).append("Quarantined lines").append(System.lineSeparator());
			report.quarantined().stream().limit(LISTED).forEach((line) -> text.append(quarantined(line)));
			more(text, report.quarantined().size());
		}
		if (!report.refused().isEmpty()) {
			text.append(System.lineSeparator())
				.append("Statements not in Qince as built")
				.append(System.lineSeparator());
			for (RefusedStatement refused : report.refused().stream().limit(LISTED).toList()) {
				text.append(String.format("  %-32s %-10s %-9s %s%n", refused.statementNo(), refused.customerCode(),
						refused.state(), refused.reason()));
			}
			more(text, report.refused().size());
		}
		text.append(System.lineSeparator())
			.append(String.format("Write-backs: %d done, %d failed%n", report.writeBacks().done(),
					report.writeBacks().failed()));
		report.failedWriteBacks()
			.stream()
			.limit(LISTED)
			.forEach((failed) -> text.append("  ").append(failed).append(System.lineSeparator()));
		return text.toString();
	}

	/** An amount as finance reads it: 1,234,567.89. */
	public static String amount(BigDecimal amount) {
		DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
		format.setRoundingMode(RoundingMode.HALF_UP);
		return format.format(amount);
	}

	private static void count(StringBuilder text, String label, long count) {
		text.append(String.format("  %-24s %d%n", label, count));
	}

	private static void line(StringBuilder text, String label, BigDecimal amount, @Nullable String note) {
		text.append(String.format("  %-24s %18s%s%n", label, amount(amount), (note != null) ? "  (" + note + ")" : ""));
	}

	private static String notListed(List<String> customers) {
		if (customers.isEmpty()) {
			return "";
		}
		String listed = String.join(", ", customers.stream().limit(LISTED).toList());
		return " of " + customers.size() + " customers Qince does not list: " + listed
				+ ((customers.size() > LISTED) ? ", …" : "") + "; add them in Qince (对账客户) and run the month again";
	}

	private static String quarantined(QuarantineLine line) {
		return String.format("  %s %s (company %s, %s%s%s): %s%n", line.businessType(), line.lineKey(),
				line.companyCode(), line.windowDate(),
				(line.customerCode() != null) ? ", customer " + line.customerCode() : "",
				(line.amount() != null) ? ", " + amount(line.amount()) : "", line.reason());
	}

	private static void more(StringBuilder text, int size) {
		if (size > LISTED) {
			text.append("  … and ")
				.append(size - LISTED)
				.append(" more (all of them are in run_report)")
				.append(System.lineSeparator());
		}
	}

	private static String counts(Map<String, Long> counts) {
		if (counts.isEmpty()) {
			return "";
		}
		StringBuilder text = new StringBuilder(";");
		counts.forEach((key, value) -> text.append(' ')
			.append(key.substring(key.indexOf('.') + 1))
			.append(' ')
			.append(value)
			.append(','));
		text.setLength(text.length() - 1);
		return text.toString();
	}

}
