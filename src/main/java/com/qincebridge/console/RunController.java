package com.qincebridge.console;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.qincebridge.close.CloseRuns;
import com.qincebridge.cli.RunHistory;
import com.qincebridge.support.StartedBy;
import com.qincebridge.report.RunReportText;
import com.qincebridge.report.RunReports;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * A run's page: its parameters, who started it, each step with its counts and duration,
 * live progress while it runs (a fragment htmx refreshes), and its report as the command
 * line prints it.
 */
@Controller
class RunController {

	private final JobRepository jobRepository;

	private final RunHistory history;

	private final RunReports reports;

	private final CloseRuns closeRuns;

	RunController(JobRepository jobRepository, RunHistory history, RunReports reports, CloseRuns closeRuns) {
		this.jobRepository = jobRepository;
		this.history = history;
		this.reports = reports;
		this.closeRuns = closeRuns;
	}

	@GetMapping("/runs/{id}")
	String run(@PathVariable long id, Model model) {
		JobExecution execution = execution(id);
		Map<String, String> parameters = new TreeMap<>();
		execution.getJobParameters()
			.parameters()
			.forEach((parameter) -> parameters.put(parameter.name(), String.valueOf(parameter.value())));
		parameters.remove(StartedBy.PARAMETER);
		model.addAttribute("run", RunView.of(execution));
		model.addAttribute("parameters", parameters);
		model.addAttribute("startedBy", StartedBy.of(execution));
		model.addAttribute("steps", StepView.of(execution));
		model.addAttribute("progress", RunProgress.of(execution, this.history));
		model.addAttribute("report", report(execution));
		model.addAttribute("page", "runs");
		return "console/run";
	}

	@GetMapping("/runs/{id}/progress")
	String progress(@PathVariable long id, Model model) {
		JobExecution execution = execution(id);
		model.addAttribute("run", RunView.of(execution));
		model.addAttribute("progress", RunProgress.of(execution, this.history));
		model.addAttribute("steps", StepView.of(execution));
		return "console/run :: progress";
	}

	/** The same report text the command line prints at the end of the run. */
	private String report(JobExecution execution) {
		List<String> parts = new ArrayList<>();
		for (long run : this.closeRuns.statementRuns(execution)) {
			this.reports.find(run).map(RunReportText::render).ifPresent(parts::add);
		}
		this.reports.find(execution.getId()).map(RunReportText::render).ifPresent(parts::add);
		this.closeRuns.closedBy(execution).ifPresent((closed) -> parts.add("Month " + closed.describe() + ".\n"));
		return String.join("", parts);
	}

	private JobExecution execution(long id) {
		JobExecution execution;
		try {
			execution = this.jobRepository.getJobExecution(id);
		}
		catch (org.springframework.dao.EmptyResultDataAccessException ex) {
			execution = null;
		}
		if (execution == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No run " + id);
		}
		return execution;
	}

}
