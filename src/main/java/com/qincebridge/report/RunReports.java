package com.qincebridge.report;

import com.qincebridge.statement.StatementKind;
import com.qincebridge.statement.StatementMoney;
import com.qincebridge.send.StatementSendWriter;
import com.qincebridge.writeback.WriteBackWriter;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.qincebridge.support.Failures;
import com.qincebridge.support.TradeMonthRun;
import com.qincebridge.report.RunReport.Money;
import com.qincebridge.report.RunReport.QuarantineLine;
import com.qincebridge.report.RunReport.RefusedStatement;
import com.qincebridge.report.RunReport.StepLine;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Makes the report of a statement run from the run's steps and the ledger, and keeps it
 * in {@code run_report}. The money section is recomputed from the tables, so it is right
 * after a restart too.
 */
@Component
public class RunReports {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	RunReports(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	RunReport build(JobExecution execution, StatementKind kind) {
		TradeMonthRun run = TradeMonthRun.of(execution.getJobParameters());
		YearMonth month = run.tradeMonth();
		long instance = execution.getJobInstance().getInstanceId();
		String customers = run.customers().isEmpty() ? "all statement customers"
				: "customers " + String.join(",", run.customers());
		String title = kind.chineseName() + " " + month + " (" + customers + ")";
		List<StepLine> steps = execution.getStepExecutions().stream().map(RunReports::stepLine).toList();
		Map<String, Long> statements = statements(execution, kind, month);
		Money money = new StatementMoney(this.jdbc, kind, month, instance, run).compute();
		List<QuarantineLine> quarantined = quarantined(kind, month);
		List<RefusedStatement> refused = this.jdbc
			.sql("""
					SELECT statement_no, customer_code, state, state_reason FROM statement_ledger
					WHERE kind = ? AND trade_month = ? AND state IN ('REJECTED', 'CONFLICT', 'INVALID') ORDER BY statement_no""")
			.params(kind.name(), month.toString())
			.query((rs, row) -> new RefusedStatement(rs.getString(1), rs.getString(2), rs.getString(3),
					rs.getString(4)))
			.list();
		Map<String, Long> writeBacks = new LinkedHashMap<>();
		writeBacks.put("done", sum(execution, WriteBackWriter.DONE));
		writeBacks.put("failed", sum(execution, WriteBackWriter.FAILED));
		List<String> failedWriteBacks = this.jdbc.sql("""
				SELECT w.business_type, w.target, w.target_id, w.reason FROM erp_writeback w
				JOIN statement_ledger s ON s.statement_no = w.statement_no
				WHERE s.kind = ? AND s.trade_month = ? AND w.state = 'FAILED' ORDER BY w.business_type, w.target_id""")
			.params(kind.name(), month.toString())
			.query((rs, row) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) + ": "
					+ rs.getString(4))
			.list();
		String failure = execution.getAllFailureExceptions().stream().map(Failures::describe).findFirst().orElse(null);
		return new RunReport(execution.getId(), execution.getJobInstance().getJobName(), execution.getStatus().name(),
				title, steps, statements, money, quarantined, refused, writeBacks, failedWriteBacks, failure);
	}

	void store(RunReport report) {
		String json = JSON.writeValueAsString(report);
		int updated = this.jdbc.sql("UPDATE run_report SET report_json = ? WHERE job_execution_id = ?")
			.params(json, report.jobExecutionId())
			.update();
		if (updated == 0) {
			this.jdbc.sql("INSERT INTO run_report (job_execution_id, job_name, report_json) VALUES (?, ?, ?)")
				.params(report.jobExecutionId(), report.jobName(), json)
				.update();
		}
	}

	/** The stored report of an execution, if it has one. */
	public java.util.Optional<RunReport> find(long jobExecutionId) {
		return this.jdbc.sql("SELECT report_json FROM run_report WHERE job_execution_id = ?")
			.param(jobExecutionId)
			.query(String.class)
			.optional()
			.map((json) -> JSON.readValue(json, RunReport.class));
	}

	private Map<String, Long> statements(JobExecution execution, StatementKind kind, YearMonth month) {
		Map<String, Long> byState = new TreeMap<>();
		this.jdbc.sql("SELECT state, COUNT(*) FROM statement_ledger WHERE kind = ? AND trade_month = ? GROUP BY state")
			.params(kind.name(), month.toString())
			.query((rs, row) -> byState.put(rs.getString(1).toLowerCase(java.util.Locale.ROOT), rs.getLong(2)))
			.list();
		Map<String, Long> statements = new LinkedHashMap<>();
		long total = byState.values().stream().mapToLong(Long::longValue).sum();
		long sent = sum(execution, StatementSendWriter.COUNT_PREFIX + "SENT");
		long landed = sum(execution, StatementSendWriter.COUNT_PREFIX + "LANDED");
		statements.put("in ledger", total);
		statements.put("sent", sent);
		statements.put("landed before restart", landed);
		statements.put("unchanged",
				Math.max(0, byState.getOrDefault("sent", 0L) + byState.getOrDefault("verified", 0L) - sent - landed));
		statements.put("rejected", byState.getOrDefault("rejected", 0L));
		statements.put("in conflict", byState.getOrDefault("conflict", 0L));
		statements.put("invalid", byState.getOrDefault("invalid", 0L));
		statements.put("not sent yet", byState.getOrDefault("built", 0L));
		statements.put("verified in Qince", byState.getOrDefault("verified", 0L));
		return statements;
	}

	private List<QuarantineLine> quarantined(StatementKind kind, YearMonth month) {
		List<String> types = kind.businessTypes().stream().map(Enum::name).sorted().toList();
		return this.jdbc.sql("""
				SELECT business_type, line_key, company_code, window_date, counterparty_code, amount, field_name, reason
				FROM erp_line_quarantine WHERE window_date BETWEEN :first AND :last AND business_type IN (:types)
				ORDER BY business_type, company_code, window_date, line_key""")
			.param("first", Date.valueOf(month.atDay(1)))
			.param("last", Date.valueOf(month.atEndOfMonth()))
			.param("types", types)
			.query((rs, row) -> new QuarantineLine(rs.getString(1), rs.getString(2), rs.getString(3),
					rs.getDate(4).toString(), rs.getString(5), rs.getBigDecimal(6), rs.getString(7), rs.getString(8)))
			.list();
	}

	private static StepLine stepLine(StepExecution step) {
		Map<String, Long> counts = new TreeMap<>();
		step.getExecutionContext()
			.entrySet()
			.stream()
			.filter((entry) -> entry.getValue() instanceof Long && entry.getKey().contains("."))
			.forEach((entry) -> counts.put(entry.getKey(), (Long) entry.getValue()));
		return new StepLine(step.getStepName(), step.getStatus().name(), step.getReadCount(), step.getWriteCount(),
				step.getFilterCount(), step.getSkipCount(), counts);
	}

	private static long sum(JobExecution execution, String key) {
		return execution.getStepExecutions()
			.stream()
			.mapToLong((step) -> step.getExecutionContext().getLong(key, 0L))
			.sum();
	}

	static BigDecimal zeroIfNull(BigDecimal value) {
		return (value != null) ? value : BigDecimal.ZERO;
	}

}
