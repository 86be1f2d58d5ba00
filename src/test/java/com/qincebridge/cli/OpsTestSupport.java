package com.qincebridge.cli;

import java.util.List;

import com.qincebridge.sandbox.Sandbox;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * What the operations tests share: the settings that point the product at a sandbox, and
 * a database emptied of every run, statement, closed month, push and schedule lock.
 */
public final class OpsTestSupport {

	static final List<String> TABLES = List.of("BATCH_STEP_EXECUTION_CONTEXT", "BATCH_STEP_EXECUTION",
			"BATCH_JOB_EXECUTION_CONTEXT", "BATCH_JOB_EXECUTION_PARAMS", "BATCH_JOB_EXECUTION", "BATCH_JOB_INSTANCE",
			"statement_customer", "erp_line", "erp_line_quarantine", "statement_ledger", "statement_line",
			"erp_writeback", "opening_balance", "run_report", "month_close", "qince_push", "schedule_lock",
			"erp_read_day", "run_owner");

	private OpsTestSupport() {
	}

	public static void apis(DynamicPropertyRegistry registry, Sandbox sandbox) {
		registry.add("bridge.erp.base-url", sandbox::erpBaseUrl);
		registry.add("bridge.erp.app-key", () -> sandbox.settings().credentials().erpAppKey());
		registry.add("bridge.erp.company-codes", () -> String.join(",", sandbox.erp().data().companyCodes()));
		registry.add("bridge.erp.max-attempts", () -> "1");
		registry.add("bridge.erp.requests-per-second", () -> "1000");
		registry.add("bridge.qince.base-url", sandbox::qinceBaseUrl);
		registry.add("bridge.qince.openid", () -> sandbox.settings().credentials().qinceOpenid());
		registry.add("bridge.qince.appkey", () -> sandbox.settings().credentials().qinceAppkey());
		registry.add("bridge.qince.push-secret", () -> sandbox.settings().credentials().qincePushSecret());
		registry.add("bridge.qince.max-attempts", () -> "1");
		registry.add("bridge.qince.requests-per-second", () -> "1000");
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
