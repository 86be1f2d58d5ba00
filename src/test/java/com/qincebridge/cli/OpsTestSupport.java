package com.qincebridge.cli;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the operations tests share: a database emptied of every run, statement, closed
 * month, push and schedule lock.
 */
public final class OpsTestSupport {

	static final List<String> TABLES = List.of("BATCH_STEP_EXECUTION_CONTEXT", "BATCH_STEP_EXECUTION",
			"BATCH_JOB_EXECUTION_CONTEXT", "BATCH_JOB_EXECUTION_PARAMS", "BATCH_JOB_EXECUTION", "BATCH_JOB_INSTANCE",
			"statement_customer", "erp_line", "erp_line_quarantine", "statement_ledger", "statement_line",
			"erp_writeback", "opening_balance", "run_report", "month_close", "qince_push", "schedule_lock",
			"erp_read_day", "run_owner");

	private OpsTestSupport() {
	}

	public static void clean(JdbcClient jdbc) {
		for (String table : TABLES) {
			jdbc.sql("DELETE FROM " + table).update();
		}
	}

	public static long instances(JdbcClient jdbc, String jobName) {
		return jdbc.sql("SELECT COUNT(*) FROM BATCH_JOB_INSTANCE WHERE JOB_NAME = ?")
			.param(jobName)
			.query(Long.class)
			.single();
	}

}
