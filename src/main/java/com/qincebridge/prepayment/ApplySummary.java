package com.qincebridge.prepayment;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a run of a prepayment file did, by rows of the file: how many were applied,
 * reversed, created but not linked, failed, and the first reasons of those that need
 * finance's attention.
 */
public record ApplySummary(Map<ApplyRowOutcome, Long> rows, List<String> firstReasons) {

	static final int REASONS = 5;

	static ApplySummary of(JdbcClient jdbc, Path file) {
		Map<ApplyRowOutcome, Long> rows = new EnumMap<>(ApplyRowOutcome.class);
		for (ApplyRowOutcome outcome : ApplyRowOutcome.values()) {
			rows.put(outcome, 0L);
		}
		jdbc.sql("SELECT outcome, COUNT(*) FROM prepayment_apply_row WHERE file_path = ? GROUP BY outcome")
			.param(file.toString())
			.query((rs, row) -> rows.put(ApplyRowOutcome.valueOf(rs.getString(1)), rs.getLong(2)))
			.list();
		List<String> reasons = jdbc
			.sql("""
					SELECT line_no, outcome, reason FROM prepayment_apply_row
					WHERE file_path = ? AND outcome IN ('FAILED', 'CREATED_NOT_LINKED') ORDER BY line_no LIMIT %d"""
				.formatted(REASONS))
			.param(file.toString())
			.query((rs, row) -> "line " + rs.getInt(1) + " " + rs.getString(2) + ": " + rs.getString(3))
			.list();
		return new ApplySummary(rows, reasons);
	}

	/** The rows that need finance's attention: failed, or created but not linked. */
	public long needingAttention() {
		return this.rows.entrySet()
			.stream()
			.filter((entry) -> entry.getKey().needsAttention())
			.mapToLong(Map.Entry::getValue)
			.sum();
	}

	/** The rows of the file that have an outcome. */
	public long total() {
		return this.rows.values().stream().mapToLong(Long::longValue).sum();
	}

	/**
	 * One line: {@code 17 rows: 8 applied, 1 reversed, 0 created not linked, 8 failed}.
	 */
	public String counts() {
		return String.format("%d rows: %d applied, %d reversed, %d created in Qince but not linked, %d failed", total(),
				this.rows.get(ApplyRowOutcome.APPLIED), this.rows.get(ApplyRowOutcome.REVERSED),
				this.rows.get(ApplyRowOutcome.CREATED_NOT_LINKED), this.rows.get(ApplyRowOutcome.FAILED));
	}

	/** The counts and the first reasons, one per line. */
	public String render() {
		StringBuilder text = new StringBuilder(counts()).append('.').append(System.lineSeparator());
		this.firstReasons.forEach((reason) -> text.append("  ").append(reason).append(System.lineSeparator()));
		long more = needingAttention() - this.firstReasons.size();
		if (more > 0) {
			text.append("  … and ").append(more).append(" more in the result file").append(System.lineSeparator());
		}
		return text.toString();
	}

}
