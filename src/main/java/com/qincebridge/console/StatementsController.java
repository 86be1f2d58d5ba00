package com.qincebridge.console;

import java.io.IOException;
import java.util.List;

import com.qincebridge.statement.StatementViews;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The statements page (by month, company, customer and state, also as .xlsx) and a
 * statement's page: what was sent (totals, trades, ERP lines), Qince's answers and
 * statement id, and its write-backs.
 */
@Controller
class StatementsController {

	private static final int LIMIT = 1000;

	private final StatementViews statements;

	StatementsController(StatementViews statements) {
		this.statements = statements;
	}

	@GetMapping("/statements")
	String statements(@RequestParam(required = false) @Nullable String month,
			@RequestParam(required = false) @Nullable String company,
			@RequestParam(required = false) @Nullable String customer,
			@RequestParam(required = false) @Nullable String state, Model model) {
		model.addAttribute("statements", list(month, company, customer, state));
		model.addAttribute("month", month);
		model.addAttribute("company", company);
		model.addAttribute("customer", customer);
		model.addAttribute("state", state);
		model.addAttribute("states", MonthsController.STATES);
		model.addAttribute("page", "statements");
		return "console/statements";
	}

	@GetMapping("/statements.xlsx")
	ResponseEntity<byte[]> download(@RequestParam(required = false) @Nullable String month,
			@RequestParam(required = false) @Nullable String company,
			@RequestParam(required = false) @Nullable String customer,
			@RequestParam(required = false) @Nullable String state) throws IOException {
		List<List<?>> rows = list(month, company, customer, state).stream()
			.<List<?>>map((s) -> List.<Object>of(s.statementNo(), s.kind(), s.companyCode(), s.customerCode(),
					s.tradeMonth(), s.state(), nz(s.stateReason()), s.totalAmount(), nz(s.beginBalance()),
					nz(s.shipments()), nz(s.returns()), nz(s.receipts()), nz(s.endBalance()), nz(s.qinceStatementId())))
			.toList();
		return Downloads.xlsx("statements.xlsx",
				List.of("statement_no", "kind", "company", "customer", "trade_month", "state", "reason", "total",
						"begin_balance", "shipments", "returns", "receipts", "end_balance", "qince_statement_id"),
				rows);
	}

	@GetMapping("/statements/{statementNo}")
	String statement(@PathVariable String statementNo, Model model) {
		StatementViews.Statement statement = this.statements.find(statementNo)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No statement " + statementNo));
		model.addAttribute("statement", statement);
		model.addAttribute("trades", this.statements.trades(statementNo));
		model.addAttribute("lines", this.statements.lines(statementNo));
		model.addAttribute("writeBacks", this.statements.writeBacks(statementNo));
		model.addAttribute("page", "statements");
		return "console/statement";
	}

	private List<StatementViews.Statement> list(@Nullable String month, @Nullable String company,
			@Nullable String customer, @Nullable String state) {
		return this.statements.list(RunsController.blankToNull(month), RunsController.blankToNull(company),
				RunsController.blankToNull(customer), RunsController.blankToNull(state), LIMIT);
	}

	static Object nz(@Nullable Object value) {
		return (value != null) ? value : "";
	}

}
