package com.qincebridge.console;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.qincebridge.cli.RunHistory;
import com.qincebridge.push.PushProblems;
import com.qincebridge.staging.QuarantineList;
import com.qincebridge.statement.StatementViews;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The problems page, everything that needs someone in one place, each with what to do
 * next: quarantined lines (field and reason), rejected / conflict / invalid statements,
 * write-backs zhixdl refused, pushes that failed, and failed runs. Also as .xlsx.
 */
@Controller
class ProblemsController {

	private static final int LIMIT = 500;

	private final QuarantineList quarantine;

	private final StatementViews statements;

	private final PushProblems pushes;

	private final RunHistory runs;

	private final MessageSource messages;

	ProblemsController(QuarantineList quarantine, StatementViews statements, PushProblems pushes, RunHistory runs,
			MessageSource messages) {
		this.quarantine = quarantine;
		this.statements = statements;
		this.pushes = pushes;
		this.runs = runs;
		this.messages = messages;
	}

	@GetMapping("/problems")
	String problems(Model model) {
		model.addAttribute("quarantined", this.quarantine.newest(LIMIT));
		model.addAttribute("statements", this.statements.needingAttention());
		model.addAttribute("writeBacks", this.statements.refusedWriteBacks());
		model.addAttribute("pushes", this.pushes.newest(LIMIT));
		model.addAttribute("failedRuns", this.runs.list(null, null, "FAILED", 50));
		model.addAttribute("page", "problems");
		return "console/problems";
	}

	@GetMapping("/problems.xlsx")
	ResponseEntity<byte[]> download(Locale locale) throws IOException {
		List<List<?>> rows = new ArrayList<>();
		for (QuarantineList.Quarantined line : this.quarantine.newest(10_000)) {
			rows.add(List.of(text("problem.quarantine", locale), line.businessType() + " " + line.lineKey(),
					line.windowDate(), line.field() + ": " + line.reason(), text("next.quarantine", locale)));
		}
		for (StatementViews.Statement statement : this.statements.needingAttention()) {
			rows.add(List.of(text("state." + statement.state(), locale), statement.statementNo(),
					statement.tradeMonth(), StatementsController.nz(statement.stateReason()),
					text("next." + statement.state(), locale)));
		}
		for (StatementViews.WriteBackRow writeBack : this.statements.refusedWriteBacks()) {
			rows.add(List.of(text("problem.writeback", locale),
					writeBack.businessType() + " " + writeBack.target() + " " + writeBack.targetId(),
					StatementsController.nz(writeBack.tradeMonth()), StatementsController.nz(writeBack.reason()),
					text("next.writeback", locale)));
		}
		for (PushProblems.RefusedPush push : this.pushes.newest(10_000)) {
			rows.add(List.of(text("problem.push", locale), push.msgId() + " " + push.dataType(),
					StatementsController.nz(push.receivedAt()), StatementsController.nz(push.result()),
					text("next.push", locale)));
		}
		for (RunHistory.Run run : this.runs.list(null, null, "FAILED", 1000)) {
			rows.add(List.of(text("problem.run", locale), run.job() + " #" + run.id(),
					StatementsController.nz(run.tradeMonth()), StatementsController.nz(run.reason()),
					text("next.run", locale)));
		}
		return Downloads.xlsx("problems.xlsx", List.of(text("col.problem", locale), text("col.what", locale),
				text("col.month", locale), text("col.reason", locale), text("col.next", locale)), rows);
	}

	private String text(String code, Locale locale) {
		return this.messages.getMessage(code, null, code, locale);
	}

}
