package com.qincebridge.prepayment;

import java.nio.file.Path;
import java.util.List;

import com.qincebridge.support.Columns;
import com.qincebridge.files.FileFormat;
import com.qincebridge.files.TableWriter;
import org.jspecify.annotations.Nullable;

import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The outcome of every line of a file: recorded per line by the apply step (a writer),
 * and written by the last step (a tasklet) as the result file next to the input, in the
 * input's format ({@link FileFormat#resultFile}: CSV with a BOM, or .xlsx) with the
 * header {@value #HEADER}, one line per input line in order. A new run of the same file
 * replaces both; a resumed run keeps the lines its first execution committed.
 */
final class ApplyResults implements ItemWriter<ApplyOutcome>, Tasklet, StepExecutionListener {

	static final String HEADER = "line,code,outcome,reason";

	private final JdbcClient jdbc;

	private @Nullable Path file;

	ApplyResults(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		this.file = PrepaymentApplyJobConfiguration.file(stepExecution.getJobExecution());
		if (stepExecution.getExecutionContext().isEmpty()) {
			// a first start, not a restart: the lines of an earlier run of the file go
			this.jdbc.sql("DELETE FROM prepayment_apply_row WHERE file_path = ?").param(this.file.toString()).update();
		}
	}

	@Override
	public void write(Chunk<? extends ApplyOutcome> outcomes) {
		String filePath = String.valueOf(this.file);
		for (ApplyOutcome outcome : outcomes) {
			for (int line : outcome.item().lines()) {
				this.jdbc
					.sql("""
							INSERT INTO prepayment_apply_row (file_path, line_no, code, outcome, reason) VALUES (?, ?, ?, ?, ?)
							ON DUPLICATE KEY UPDATE code = VALUES(code), outcome = VALUES(outcome), reason = VALUES(reason)""")
					.params(filePath, line, Columns.fit(outcome.item().code(), 100), outcome.outcome().name(),
							Columns.fit(outcome.reason(), 1000))
					.update();
			}
		}
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		Path input = PrepaymentApplyJobConfiguration.file(contribution.getStepExecution().getJobExecution());
		List<List<Object>> rows = this.jdbc
			.sql("SELECT line_no, code, outcome, reason FROM prepayment_apply_row WHERE file_path = ? ORDER BY line_no")
			.param(input.toString())
			.query((rs, row) -> java.util.Arrays.<Object>asList(rs.getInt(1), rs.getString(2), rs.getString(3),
					rs.getString(4)))
			.list();
		TableWriter.write(FileFormat.resultFile(input), FileFormat.of(input), List.of(HEADER.split(",")), rows);
		return RepeatStatus.FINISHED;
	}

}
