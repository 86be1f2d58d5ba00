package com.qincebridge.prepayment;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.qincebridge.support.Columns;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Records the outcome of every line of the file of one run ({@code prepayment_apply_row},
 * by file and line), for the result file ({@link ApplyResultFileTasklet}) and the
 * summary, in the transaction the step's window opens for the outcomes that arrived
 * together. A new run of the file first removes the lines of the earlier run (the step
 * opens the writer as one of its streams); a resumed run keeps the lines its earlier
 * executions recorded, because its step's execution context says they were removed
 * already, and its reader leaves those items out.
 */
final class ApplyResultsWriter implements ItemStreamWriter<ApplyOutcome> {

	private static final String CLEARED = "prepaymentApplyResults.cleared";

	private final JdbcClient jdbc;

	private final JdbcTemplate jdbcTemplate;

	private final Path file;

	ApplyResultsWriter(JdbcClient jdbc, JdbcTemplate jdbcTemplate, Path file) {
		this.jdbc = jdbc;
		this.jdbcTemplate = jdbcTemplate;
		this.file = file;
	}

	@Override
	public void open(ExecutionContext executionContext) {
		if (!executionContext.containsKey(CLEARED)) {
			// a first start, not a restart: the lines of an earlier run of the file go
			this.jdbc.sql("DELETE FROM prepayment_apply_row WHERE file_path = ?").param(this.file.toString()).update();
			executionContext.putString(CLEARED, "true");
		}
	}

	/** Record the outcomes' lines in one JDBC batch, in the window's transaction. */
	@Override
	public void write(Chunk<? extends ApplyOutcome> outcomes) {
		List<Object[]> rows = new ArrayList<>();
		for (ApplyOutcome outcome : outcomes) {
			for (int line : outcome.item().lines()) {
				rows.add(new Object[] { this.file.toString(), line, Columns.fit(outcome.item().code(), 100),
						outcome.outcome().name(), Columns.fit(outcome.reason(), 1000) });
			}
		}
		this.jdbcTemplate.batchUpdate("""
				INSERT INTO prepayment_apply_row (file_path, line_no, code, outcome, reason) VALUES (?, ?, ?, ?, ?)
				ON DUPLICATE KEY UPDATE code = VALUES(code), outcome = VALUES(outcome), reason = VALUES(reason)""",
				rows);
	}

}
