package com.qincebridge.statement;

import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.qincebridge.staging.Category;
import com.qincebridge.staging.StagedLine;
import org.jspecify.annotations.Nullable;

/**
 * The checks every statement's lines pass before anything is built from them, so that a
 * line can never land on a statement it does not belong to, nor count twice.
 */
public final class StatementLines {

	private StatementLines() {
	}

	/**
	 * Check a statement's lines and group them into its trades.
	 * @param statement the statement, for messages, such as
	 * {@code goods statement HK101202509C101}
	 * @param customerCode the statement's customer; every line's counterparty code must
	 * be exactly this
	 * @param month the statement's month; every line's order date must be in it
	 * @param lines the lines; all of one company, no (business type, detail id) twice
	 * @param categories the categories the statement takes
	 * @return the trades, as {@link ErpOrder#of(List)} orders them
	 * @throws IllegalArgumentException naming the first offending line and the problem
	 */
	public static List<ErpOrder> orders(String statement, String customerCode, YearMonth month, List<StagedLine> lines,
			Set<Category> categories) {
		Set<List<String>> seen = new HashSet<>();
		@Nullable String company = lines.isEmpty() ? null : lines.get(0).companyCode();
		for (StagedLine line : lines) {
			String name = line.businessType() + " line " + line.detailId();
			if (!categories.contains(line.category())) {
				throw problem(statement, name + " is " + line.category() + ", only " + categories + " belong here");
			}
			if (!customerCode.equals(line.counterpartyCode())) {
				throw problem(statement, name + " is of customer " + line.counterpartyCode() + ", not " + customerCode);
			}
			if (!YearMonth.from(line.orderDate()).equals(month)) {
				throw problem(statement, name + " is dated " + line.orderDate() + ", outside " + month);
			}
			if (!line.companyCode().equals(company)) {
				throw problem(statement, name + " is of company " + line.companyCode() + ", the others of " + company);
			}
			if (!seen.add(List.of(line.businessType().name(), line.detailId()))) {
				throw problem(statement, name + " is given twice");
			}
		}
		return ErpOrder.of(lines);
	}

	private static IllegalArgumentException problem(String statement, String problem) {
		return new IllegalArgumentException("Cannot build " + statement + ": " + problem);
	}

}
