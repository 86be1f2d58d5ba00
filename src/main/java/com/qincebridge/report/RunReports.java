package com.qincebridge.report;

import com.qincebridge.send.SendResult;
import com.qincebridge.statement.StatementKind;
import com.qincebridge.statement.StatementState;
import com.qincebridge.writeback.WriteBackState;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.qincebridge.support.Failures;
import com.qincebridge.support.TradeMonthRun;
import com.qincebridge.report.RunReport.Money;
import com.qincebridge.report.RunReport.QuarantineLine;
import com.qincebridge.report.RunReport.RefusedStatement;
import com.qincebridge.report.RunReport.StatementCounts;
import com.qincebridge.report.RunReport.StepLine;
import com.qincebridge.report.RunReport.WriteBackCounts;
import tools.jackson.databind.DeserializationFeature;
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

	// reports kept before a figure was added or renamed still read, with that figure zero
	private static final JsonMapper JSON = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

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
		StatementCounts statements = statements(execution, kind, month);
		Money money = new StatementMoney(this.jdbc, kind, month, instance, run).compute();
		List<QuarantineLine> quarantined = quarantined(kind, month);
		List<RefusedStatement> refused = this.jdbc.sql("""
				SELECT statement_no, customer_code, state, state_reason FROM statement_ledger
				WHERE kind = ? AND trade_month = ? AND state IN (?, ?, ?) ORDER BY statement_no""")
			.params(kind.name(), month.toString(), StatementState.REJECTED.name(), StatementState.CONFLICT.name(),
					StatementState.INVALID.name())
			.query((rs, row) -> new RefusedStatement(rs.getString(1), rs.getString(2), rs.getString(3),
					rs.getString(4)))
			.list();
		WriteBackCounts writeBacks = new WriteBackCounts(sum(execution, WriteBackState.DONE.countKey()),
				sum(execution, WriteBackState.FAILED.countKey()));
		List<String> failedWriteBacks = this.jdbc.sql("""
				SELECT w.business_type, w.target, w.target_id, w.reason FROM erp_writeback w
				JOIN statement_ledger s ON s.statement_no = w.statement_no
				WHERE s.kind = ? AND s.trade_month = ? AND w.state = ? ORDER BY w.business_type, w.target_id""")
			.params(kind.name(), month.toString(), WriteBackState.FAILED.name())
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

	private StatementCounts statements(JobExecution execution, StatementKind kind, YearMonth month) {
		Map<StatementState, Long> byState = new EnumMap<>(StatementState.class);
		this.jdbc.sql("SELECT state, COUNT(*) FROM statement_ledger WHERE kind = ? AND trade_month = ? GROUP BY state")
			.params(kind.name(), month.toString())
			.query((rs, row) -> byState.put(StatementState.valueOf(rs.getString(1)), rs.getLong(2)))
			.list();
		long total = byState.values().stream().mapToLong(Long::longValue).sum();
		long sent = sum(execution, SendResult.SENT.countKey());
		long landed = sum(execution, SendResult.LANDED.countKey());
		long accepted = byState.getOrDefault(StatementState.SENT, 0L)
				+ byState.getOrDefault(StatementState.VERIFIED, 0L);
		return new StatementCounts(total, sent, landed, Math.max(0, accepted - sent - landed),
				byState.getOrDefault(StatementState.REJECTED, 0L), byState.getOrDefault(StatementState.CONFLICT, 0L),
				byState.getOrDefault(StatementState.INVALID, 0L), byState.getOrDefault(StatementState.BUILT, 0L),
				byState.getOrDefault(StatementState.VERIFIED, 0L));
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
