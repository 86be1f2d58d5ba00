package com.qincebridge.console;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.Principal;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

import com.qincebridge.cli.OperatorRuns;
import com.qincebridge.support.StartedBy;
import com.qincebridge.support.TradeMonthRun;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The operators' actions (role OPERATOR, each confirmed in the page and posted with its
 * CSRF token): resume, stop, start a run of a month, re-run a completed month, close and
 * reopen a month, sync prepayments, apply a prepayment file. They go through the command
 * line's run policy ({@link OperatorRuns}) and are written to the audit log.
 */
@Controller
class ActionsController {

	private final OperatorRuns runs;

	private final ConsoleActions actions;

	private final PrepaymentFiles files;

	private final ResumedRuns resumed;

	ActionsController(OperatorRuns runs, ConsoleActions actions, PrepaymentFiles files, ResumedRuns resumed) {
		this.resumed = resumed;
		this.runs = runs;
		this.actions = actions;
		this.files = files;
	}

	@PostMapping("/actions/runs/{id}/resume")
	String resume(@PathVariable long id, Principal user, RedirectAttributes redirect) {
		this.actions.submit(user.getName(), AuditLog.Action.RESUME, "execution " + id,
				() -> this.runs.restart(StartedBy.consoleUser(user.getName()), id));
		redirect.addFlashAttribute("notice", "action.resume.asked");
		// the resumed run is a new execution of the same instance: show it once it exists
		return "redirect:/runs/" + this.resumed.awaitNext(id);
	}

	@PostMapping("/actions/runs/{id}/stop")
	String stop(@PathVariable long id, Principal user, RedirectAttributes redirect) {
		OperatorRuns.Outcome outcome = this.actions.now(user.getName(), AuditLog.Action.STOP, "execution " + id,
				() -> this.runs.stop(id));
		redirect.addFlashAttribute("outcome", outcome.text());
		return "redirect:/runs/" + id;
	}

	@PostMapping("/actions/start")
	String start(@RequestParam String job, @RequestParam(required = false) @Nullable String month,
			@RequestParam(required = false) @Nullable String customers,
			@RequestParam(defaultValue = "false") boolean rerun, Principal user, RedirectAttributes redirect) {
		String who = StartedBy.consoleUser(user.getName());
		if (job.equals("prepayment-sync")) {
			this.actions.submit(user.getName(), AuditLog.Action.PREPAYMENT_SYNC,
					"prepayment-sync" + (rerun ? " full" : ""), () -> this.runs.syncPrepayments(who, rerun));
			redirect.addFlashAttribute("notice", "action.start.asked");
			return "redirect:/runs";
		}
		YearMonth tradeMonth;
		try {
			tradeMonth = YearMonth.parse((month != null) ? month.strip() : "");
		}
		catch (DateTimeParseException ex) {
			redirect.addFlashAttribute("outcome", "trade month must be YYYY-MM: " + month);
			return "redirect:/runs";
		}
		if (job.equals("month-end-close")) {
			return close(tradeMonth.toString(), user, redirect);
		}
		if (!job.equals("statement") && !job.equals("expense")) {
			redirect.addFlashAttribute("outcome", "Unknown job: " + job);
			return "redirect:/runs";
		}
		TradeMonthRun run = new TradeMonthRun(tradeMonth, tradeMonth.atDay(1), tradeMonth.atEndOfMonth(),
				codes(customers));
		AuditLog.Action action = rerun ? AuditLog.Action.RERUN : AuditLog.Action.START;
		this.actions.submit(user.getName(), action, describe(job, run), () -> this.runs.run(who, job, run, rerun));
		redirect.addFlashAttribute("notice", "action.start.asked");
		return "redirect:/runs";
	}

	@PostMapping("/actions/months/{month}/close")
	String close(@PathVariable String month, Principal user, RedirectAttributes redirect) {
		YearMonth tradeMonth = YearMonth.parse(month);
		this.actions.submit(user.getName(), AuditLog.Action.CLOSE, "month-end-close " + tradeMonth,
				() -> this.runs.closeMonth(StartedBy.consoleUser(user.getName()), tradeMonth, false));
		redirect.addFlashAttribute("notice", "action.close.asked");
		return "redirect:/months";
	}

	@PostMapping("/actions/months/{month}/reopen")
	String reopen(@PathVariable String month, Principal user, RedirectAttributes redirect) {
		YearMonth tradeMonth = YearMonth.parse(month);
		this.actions.submit(user.getName(), AuditLog.Action.REOPEN, "month-end-close --reopen " + tradeMonth,
				() -> this.runs.closeMonth(StartedBy.consoleUser(user.getName()), tradeMonth, true));
		redirect.addFlashAttribute("notice", "action.close.asked");
		return "redirect:/months";
	}

	@PostMapping("/actions/prepayment-file")
	String applyFile(@RequestParam("file") MultipartFile file, @RequestParam(defaultValue = "false") boolean rerun,
			Principal user, RedirectAttributes redirect) throws IOException {
		if (file.isEmpty()) {
			redirect.addFlashAttribute("outcome", "The file is empty.");
			return "redirect:/prepayments";
		}
		Path stored;
		try (InputStream in = file.getInputStream()) {
			stored = this.files.store(file.getOriginalFilename(), in);
		}
		this.actions.submit(user.getName(), AuditLog.Action.PREPAYMENT_FILE, stored.getFileName().toString(),
				() -> this.runs.applyPrepaymentFile(StartedBy.consoleUser(user.getName()), stored, rerun));
		redirect.addFlashAttribute("notice", "action.file.asked");
		return "redirect:/prepayments";
	}

	private static Set<String> codes(@Nullable String customers) {
		Set<String> codes = new TreeSet<>();
		if (customers != null) {
			Arrays.stream(customers.split("[,\\s]+")).filter((code) -> !code.isBlank()).forEach(codes::add);
		}
		return codes;
	}

	private static String describe(String job, TradeMonthRun run) {
		return job + " " + run.tradeMonth()
				+ (run.customers().isEmpty() ? "" : " --customers=" + String.join(",", run.customers()));
	}

}
