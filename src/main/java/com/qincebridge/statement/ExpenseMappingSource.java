package com.qincebridge.statement;

import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The expense mapping file in the jobs directory
 * ({@code jobs/expense-mapping.properties}), read when a run needs it, so that an
 * operator's edit applies to the next run.
 */
@Component
public class ExpenseMappingSource {

	private final Path file;

	ExpenseMappingSource(@Value("${bridge.jobs-dir:jobs}") Path jobsDir) {
		this.file = jobsDir.resolve("expense-mapping.properties");
	}

	public ExpenseMapping load() {
		return ExpenseMapping.load(this.file);
	}

}
