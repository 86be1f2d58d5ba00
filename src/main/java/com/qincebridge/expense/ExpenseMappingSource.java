package com.qincebridge.expense;

import java.nio.file.Path;

import com.qincebridge.support.JobsFiles;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The expense mapping file in the jobs directory
 * ({@code jobs/expense-mapping.properties}), read when a run needs it, so that an
 * operator's edit applies to the next run.
 */
@Component
public class ExpenseMappingSource {

	private final Path jobsDir;

	ExpenseMappingSource(@Value("${bridge.jobs-dir:jobs}") Path jobsDir) {
		this.jobsDir = jobsDir;
	}

	public ExpenseMapping load() {
		JobsFiles mapping = JobsFiles.read(this.jobsDir, "expense-mapping.properties");
		return ExpenseMapping.parse(mapping.text(), mapping.source());
	}

}
