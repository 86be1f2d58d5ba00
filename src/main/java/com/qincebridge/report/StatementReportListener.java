package com.qincebridge.report;

import com.qincebridge.statement.StatementKind;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;

/**
 * Makes and keeps the report of every statement run, completed or not.
 */
public final class StatementReportListener implements JobExecutionListener {

	private static final Logger logger = LoggerFactory.getLogger(StatementReportListener.class);

	private final RunReports reports;

	private final StatementKind kind;

	public StatementReportListener(RunReports reports, StatementKind kind) {
		this.reports = reports;
		this.kind = kind;
	}

	@Override
	public void afterJob(JobExecution jobExecution) {
		try {
			RunReport report = this.reports.build(jobExecution, this.kind);
			this.reports.store(report);
			logger.debug("{} execution {} {}: report stored (money difference {})", report.title(),
					report.jobExecutionId(), report.status(), RunReportText.amount(report.money().difference()));
			logger.debug("Run report{}{}", System.lineSeparator(), RunReportText.render(report));
		}
		catch (RuntimeException ex) {
			// a report that cannot be made must not hide the run's own outcome
			logger.error("Could not make the report of run {}", jobExecution.getId(), ex);
		}
	}

}
