package com.qincebridge.prepayment;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import com.qincebridge.files.FileFormat;
import com.qincebridge.files.TableWriter;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes the result file of one run next to its input, in the input's format
 * ({@link FileFormat#resultFile}: CSV with a BOM, or .xlsx) with the header
 * {@value #HEADER}: one line per input line in order, as {@link ApplyResultsWriter}
 * recorded them. Writing it again replaces it.
 */
final class ApplyResultFileTasklet implements Tasklet {

	static final String HEADER = "line,code,outcome,reason";

	private final JdbcClient jdbc;

	private final Path input;

	ApplyResultFileTasklet(JdbcClient jdbc, Path input) {
		this.jdbc = jdbc;
		this.input = input;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		List<List<Object>> rows = this.jdbc
			.sql("SELECT line_no, code, outcome, reason FROM prepayment_apply_row WHERE file_path = ? ORDER BY line_no")
			.param(this.input.toString())
			.query((rs, row) -> Arrays.<Object>asList(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4)))
			.list();
		TableWriter.write(FileFormat.resultFile(this.input), FileFormat.of(this.input), List.of(HEADER.split(",")),
				rows);
		return RepeatStatus.FINISHED;
	}

}
