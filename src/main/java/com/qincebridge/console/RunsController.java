package com.qincebridge.console;

import java.util.List;

import com.qincebridge.cli.RunHistory;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The runs page: every execution, newest first, filterable by job, month and status. */
@Controller
class RunsController {

	static final List<String> STATUSES = List.of("STARTED", "COMPLETED", "FAILED", "STOPPED", "STOPPING", "ABANDONED");

	static final List<String> STARTABLE = List.of("statement", "expense", "month-end-close", "prepayment-sync");

	private final RunHistory history;

	RunsController(RunHistory history) {
		this.history = history;
	}

	@GetMapping("/")
	String home() {
		return "redirect:/runs";
	}

	@GetMapping("/runs")
	String runs(@RequestParam(required = false) @Nullable String job,
			@RequestParam(required = false) @Nullable String month,
			@RequestParam(required = false) @Nullable String status, Model model) {
		model.addAttribute("runs", this.history.list(blankToNull(job), blankToNull(month), blankToNull(status), 200));
		model.addAttribute("jobs", this.history.jobs());
		model.addAttribute("statuses", STATUSES);
		model.addAttribute("startable", STARTABLE);
		model.addAttribute("job", job);
		model.addAttribute("month", month);
		model.addAttribute("status", status);
		model.addAttribute("page", "runs");
		return "console/runs";
	}

	static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
