package com.qincebridge.console;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.qincebridge.close.MonthCloses;
import com.qincebridge.statement.StatementViews;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The months page: per trade month, the statements by state with their money, whether the
 * month is closed, and a chart of the months' totals.
 */
@Controller
class MonthsController {

	static final List<String> STATES = List.of("BUILT", "SENT", "VERIFIED", "REJECTED", "CONFLICT", "INVALID");

	private final StatementViews statements;

	private final MonthCloses closes;

	MonthsController(StatementViews statements, MonthCloses closes) {
		this.statements = statements;
		this.closes = closes;
	}

	@GetMapping("/months")
	String months(Model model) {
		Map<String, Month> months = new TreeMap<>(java.util.Comparator.reverseOrder());
		for (StatementViews.MonthState state : this.statements.monthStates()) {
			months.computeIfAbsent(state.tradeMonth(), Month::new).add(state);
		}
		for (MonthCloses.MonthClose close : this.closes.all()) {
			months.computeIfAbsent(close.month().toString(), Month::new).close = close;
		}
		List<Month> list = new ArrayList<>(months.values());
		List<Month> chronological = new ArrayList<>(list);
		java.util.Collections.reverse(chronological);
		model.addAttribute("months", list);
		model.addAttribute("states", STATES);
		model.addAttribute("chartMonths", chronological.stream().map(Month::getMonth).toList());
		model.addAttribute("chartGoods", chronological.stream().map((month) -> month.total("GOODS")).toList());
		model.addAttribute("chartExpense", chronological.stream().map((month) -> month.total("EXPENSE")).toList());
		model.addAttribute("page", "months");
		return "console/months";
	}

	/** One trade month: statements by kind and state, and its close record. */
	static final class Month {

		private final String month;

		private final Map<String, StatementViews.MonthState> states = new LinkedHashMap<>();

		private MonthCloses.@org.jspecify.annotations.Nullable MonthClose close;

		Month(String month) {
			this.month = month;
		}

		void add(StatementViews.MonthState state) {
			this.states.put(state.kind() + "/" + state.state(), state);
		}

		public String getMonth() {
			return this.month;
		}

		public MonthCloses.@org.jspecify.annotations.Nullable MonthClose getClose() {
			return this.close;
		}

		public boolean isClosed() {
			return this.close != null && this.close.isClosed();
		}

		public long count(String kind, String state) {
			StatementViews.MonthState found = this.states.get(kind + "/" + state);
			return (found != null) ? found.count() : 0;
		}

		public BigDecimal money(String kind, String state) {
			StatementViews.MonthState found = this.states.get(kind + "/" + state);
			if (found == null) {
				return BigDecimal.ZERO.setScale(2);
			}
			BigDecimal amount = kind.equals("GOODS") ? found.endBalance() : found.total();
			return amount.setScale(2, java.math.RoundingMode.HALF_UP);
		}

		/**
		 * The kind's total over every state but INVALID: ending balances, expense totals.
		 */
		public BigDecimal total(String kind) {
			BigDecimal sum = BigDecimal.ZERO;
			for (String state : STATES) {
				if (!state.equals("INVALID")) {
					sum = sum.add(money(kind, state));
				}
			}
			return sum.setScale(2, java.math.RoundingMode.HALF_UP);
		}

	}

}
