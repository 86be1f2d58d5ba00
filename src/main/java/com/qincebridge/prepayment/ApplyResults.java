package com.qincebridge.prepayment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

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
 * and written by the last step (a tasklet) as the result file next to the input,
 * {@code <file>.result.csv} with the header {@value #HEADER}, one line per input line in
 * order. A run of the same file again replaces both.
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
	}

	static Path resultFile(Path input) {
		return input.resolveSibling(input.getFileName() + ".result.csv");
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
					.params(filePath, line, outcome.item().code(), outcome.outcome(), outcome.reason())
					.update();
			}
		}
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		Path input = PrepaymentApplyJobConfiguration.file(contribution.getStepExecution().getJobExecution());
		List<String> lines = this.jdbc
			.sql("SELECT line_no, code, outcome, reason FROM prepayment_apply_row WHERE file_path = ? ORDER BY line_no")
			.param(input.toString())
			.query((rs, row) -> rs.getInt(1) + "," + CsvLine.quote(Objects.requireNonNullElse(rs.getString(2), ""))
					+ "," + rs.getString(3) + "," + CsvLine.quote(Objects.requireNonNullElse(rs.getString(4), "")))
			.list();
		Path result = resultFile(input);
		try {
			Files.writeString(result, HEADER + "\n" + String.join("\n", lines) + (lines.isEmpty() ? "" : "\n"),
					StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write " + result, ex);
		}
		return RepeatStatus.FINISHED;
	}

}
