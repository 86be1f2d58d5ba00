package com.qincebridge.close;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import com.qincebridge.support.TradeMonthRun;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What a month-end-close execution did, for its report: the statement runs it made and
 * the month it closed.
 */
@Component
public class CloseRuns {

	private final JdbcClient jdbc;

	private final MonthCloses closes;

	CloseRuns(JdbcClient jdbc, MonthCloses closes) {
		this.jdbc = jdbc;
		this.closes = closes;
	}

	/**
	 * The last execution of each statement job the month-end-close job instance ran,
	 * oldest first; empty for an execution of any other job.
	 */
	public List<Long> statementRuns(JobExecution execution) {
		return this.jdbc.sql("""
				SELECT MAX(e.JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION e
				JOIN BATCH_JOB_EXECUTION_PARAMS p ON p.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID
				JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID
				WHERE p.PARAMETER_NAME = ? AND p.PARAMETER_VALUE = ?
				GROUP BY i.JOB_NAME ORDER BY MAX(e.JOB_EXECUTION_ID)""")
			.params(NextRunParameters.CLOSE_INSTANCE, Long.toString(execution.getJobInstance().getInstanceId()))
			.query(Long.class)
			.list();
	}

	/** The month this execution closed, if it completed a month-end close. */
	public Optional<MonthCloses.MonthClose> closedBy(JobExecution execution) {
		if (execution.getStatus() != BatchStatus.COMPLETED) {
			return Optional.empty();
		}
		return Optional.ofNullable(execution.getJobParameters().getString(TradeMonthRun.TRADE_MONTH))
			.flatMap((month) -> this.closes.find(YearMonth.parse(month)))
			.filter((closed) -> closed.jobExecutionId() == execution.getId());
	}

}
