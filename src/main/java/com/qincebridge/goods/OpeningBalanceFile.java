package com.qincebridge.goods;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The file finance gives {@code import-balances}: UTF-8 CSV with the header
 * {@code company_code,customer_code,trade_month,amount}, one opening balance (期初余额) per
 * line for the month it opens. A line that cannot be read is reported with its number and
 * field; the other lines are still read.
 */
public final class OpeningBalanceFile {

	static final String HEADER = "company_code,customer_code,trade_month,amount";

	private OpeningBalanceFile() {
	}

	public static Parsed parse(String text, String source) {
		List<Balance> balances = new ArrayList<>();
		List<String> errors = new ArrayList<>();
		String[] lines = text.replace("\uFEFF", "").split("\r?\n");
		int first = 0;
		while (first < lines.length && lines[first].isBlank()) {
			first++;
		}
		if (first >= lines.length || !lines[first].replace(" ", "").equalsIgnoreCase(HEADER)) {
			errors.add(source + ":" + (first + 1) + ": the first line must be the header " + HEADER);
			return new Parsed(balances, errors);
		}
		for (int i = first + 1; i < lines.length; i++) {
			String line = lines[i];
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			String where = source + ":" + (i + 1) + ": ";
			String[] fields = line.split(",", -1);
			if (fields.length != 4) {
				errors.add(where + "expected 4 fields (" + HEADER + "), found " + fields.length);
				continue;
			}
			String company = fields[0].strip();
			String customer = fields[1].strip();
			if (company.isEmpty() || customer.isEmpty()) {
				errors.add(where + (company.isEmpty() ? "company_code" : "customer_code") + " is empty");
				continue;
			}
			YearMonth month;
			try {
				month = YearMonth.parse(fields[2].strip());
			}
			catch (DateTimeParseException ex) {
				errors.add(where + "trade_month must be YYYY-MM: \"" + fields[2].strip() + "\"");
				continue;
			}
			BigDecimal amount;
			try {
				amount = new BigDecimal(fields[3].strip().replace("_", ""));
			}
			catch (NumberFormatException ex) {
				errors.add(where + "amount is not a decimal number: \"" + fields[3].strip() + "\"");
				continue;
			}
			balances.add(new Balance(company, customer, month, amount, i + 1));
		}
		return new Parsed(balances, errors);
	}

	/** The balances read and the lines that could not be read. */
	public record Parsed(List<Balance> balances, List<String> errors) {
	}

	public record Balance(String companyCode, String customerCode, YearMonth tradeMonth, BigDecimal amount, int line) {
	}

}
