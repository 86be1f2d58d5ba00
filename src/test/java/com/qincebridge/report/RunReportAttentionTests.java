package com.qincebridge.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import com.qincebridge.report.RunReport.Attention;
import com.qincebridge.report.RunReport.Money;
import com.qincebridge.report.RunReport.RefusedStatement;
import com.qincebridge.report.RunReport.StatementCounts;
import com.qincebridge.report.RunReport.StepLine;
import com.qincebridge.report.RunReport.WriteBackCounts;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first line of a report: the items that need attention, counted from the statements
 * and write-backs it lists.
 */
class RunReportAttentionTests {

	@Test
	void aReportWithNothingRefusedNeedsNoAttention() {
		RunReport report = report(List.of(), List.of());
		assertThat(report.attention()).isEqualTo(new Attention(0, 0, 0, 0));
		assertThat(RunReportText.render(report)).startsWith("Nothing needs attention" + System.lineSeparator()
				+ "货款对账单 2025-09 (all statement customers) — run 7: COMPLETED" + System.lineSeparator());
	}

	@Test
	void refusedStatementsAndWriteBacksAreCountedByKind() {
		RunReport report = report(
				List.of(refused("HK1", "REJECTED"), refused("HK2", "CONFLICT"), refused("HK3", "REJECTED"),
						refused("HK4", "INVALID"), refused("HK5", "CONFLICT"), refused("HK6", "CONFLICT")),
				List.of("FB_RECEIVABLE DETAIL 1: 明细不存在", "FB_RECEIVE ORDER 2: 单据不存在"));
		assertThat(report.attention()).isEqualTo(new Attention(2, 3, 1, 2));
		assertThat(RunReportText.render(report).lines().findFirst())
			.contains("8 items need attention: 2 statements rejected, 3 conflicts, 1 invalid, 2 write-backs refused");
	}

	@Test
	void oneOfAKindIsSaidInTheSingular() {
		assertThat(new Attention(1, 0, 0, 0).describe())
			.isEqualTo("1 item needs attention: 1 statement rejected, 0 conflicts, 0 invalid, 0 write-backs refused");
		assertThat(new Attention(0, 1, 1, 1).describe())
			.isEqualTo("3 items need attention: 0 statements rejected, 1 conflict, 1 invalid, 1 write-back refused");
	}

	@Test
	void aRunThatDidNotCompleteSaysSoFirst() {
		assertThat(RunReportText.render(report("FAILED", List.of(), List.of())).lines().findFirst())
			.contains("FAILED: resume it with restart 7; nothing else needs attention");
		assertThat(RunReportText.render(report("STOPPED", List.of(refused("HK1", "REJECTED")), List.of()))
			.lines()
			.findFirst())
			.contains("STOPPED: resume it with restart 7; 1 item needs attention: 1 statement rejected, "
					+ "0 conflicts, 0 invalid, 0 write-backs refused");
	}

	private static RefusedStatement refused(String number, String state) {
		return new RefusedStatement(number, "C101-0001", state, "why");
	}

	private static RunReport report(List<RefusedStatement> refused, List<String> failedWriteBacks) {
		return report("COMPLETED", refused, failedWriteBacks);
	}

	private static RunReport report(String status, List<RefusedStatement> refused, List<String> failedWriteBacks) {
		Money money = new Money(BigDecimal.ZERO, 0, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, 0, 0,
				BigDecimal.ZERO, 0, List.of());
		return new RunReport(7, "statementJob", status, "货款对账单 2025-09 (all statement customers)",
				List.of(new StepLine("statementFinalCheckStep", "COMPLETED", 0, 0, 0, 0, Map.of())),
				new StatementCounts(0, 0, 0, 0, 0, 0, 0, 0, 0), money, List.of(), refused,
				new WriteBackCounts(0, failedWriteBacks.size()), failedWriteBacks, null);
	}

}
