package com.qincebridge.alert;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.qincebridge.support.Failures;
import com.qincebridge.close.CloseRuns;
import com.qincebridge.cli.RunHistory;
import com.qincebridge.report.RunReport;
import com.qincebridge.report.RunReports;
import org.jspecify.annotations.Nullable;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * The alert of a run that ended: FAILED, or COMPLETED with items needing attention, read
 * from the run's report (and, for a month-end close, the reports of the statement runs it
 * made). Registered on every job by {@link JobAlertRegistrar}; ordered first, so that its
 * {@code afterJob} runs last, after the report was stored. The statement runs of a
 * month-end close raise no alert of their own: the close's alert covers them.
 */
@Component
class RunAlerts implements JobExecutionListener, Ordered {

	private static final String CLOSE_INSTANCE = "month_end_close_instance";

	private final AlertSender sender;

	private final RunReports reports;

	private final CloseRuns closeRuns;

	private final @Nullable String publicUrl;

	RunAlerts(AlertSender sender, RunReports reports, CloseRuns closeRuns,
			@Value("${bridge.console.public-url:}") @Nullable String publicUrl) {
		this.sender = sender;
		this.reports = reports;
		this.closeRuns = closeRuns;
		this.publicUrl = (publicUrl == null || publicUrl.isBlank()) ? null : publicUrl.replaceAll("/+$", "");
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

	@Override
	public void afterJob(JobExecution execution) {
		if (!this.sender.configured() || execution.getJobParameters().getParameter(CLOSE_INSTANCE) != null) {
			return;
		}
		alert(execution).ifPresent(this.sender::send);
	}

	java.util.Optional<Alert> alert(JobExecution execution) {
		String job = RunHistory.commandName(execution.getJobInstance().getJobName());
		String month = execution.getJobParameters().getString("trade_month");
		String link = (this.publicUrl != null) ? this.publicUrl + "/runs/" + execution.getId() : null;
		Map<String, Long> counts = attention(execution);
		if (execution.getStatus() == BatchStatus.FAILED) {
			String reason = execution.getAllFailureExceptions()
				.stream()
				.map(Failures::describe)
				.findFirst()
				.orElse(Failures.describeTrace(execution.getExitStatus().getExitDescription()));
			return java.util.Optional
				.of(new Alert(Alert.Event.RUN_FAILED, job, month, execution.getId(), counts, reason, link));
		}
		if (execution.getStatus() == BatchStatus.COMPLETED && counts.values().stream().anyMatch((n) -> n > 0)) {
			return java.util.Optional.of(new Alert(Alert.Event.RUN_NEEDS_ATTENTION, job, month, execution.getId(),
					counts, "items need attention: see the run's report and the problems page", link));
		}
		return java.util.Optional.empty();
	}

	/**
	 * Rejected, conflict and invalid statements, refused write-backs, quarantined lines.
	 */
	private Map<String, Long> attention(JobExecution execution) {
		List<RunReport> found = new ArrayList<>();
		for (long run : this.closeRuns.statementRuns(execution)) {
			this.reports.find(run).ifPresent(found::add);
		}
		this.reports.find(execution.getId()).ifPresent(found::add);
		Map<String, Long> counts = new LinkedHashMap<>();
		if (found.isEmpty()) {
			return counts;
		}
		counts.put("rejected", 0L);
		counts.put("conflict", 0L);
		counts.put("invalid", 0L);
		counts.put("refused write-backs", 0L);
		counts.put("quarantined lines", 0L);
		for (RunReport report : found) {
			for (RunReport.RefusedStatement refused : report.refused()) {
				counts.merge(refused.state().toLowerCase(java.util.Locale.ROOT), 1L, Long::sum);
			}
			counts.merge("refused write-backs", (long) report.failedWriteBacks().size(), Long::sum);
			counts.merge("quarantined lines", (long) report.quarantined().size(), Long::sum);
		}
		return counts;
	}

}
