package com.qincebridge.goods;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

import com.qincebridge.files.Cells;
import com.qincebridge.files.TableRow;

/**
 * The file finance gives {@code import-balances} (CSV in UTF-8 or GB18030, or .xlsx; see
 * {@link com.qincebridge.files.TableReader}) with the header {@value #HEADER}, one
 * opening balance (期初余额) per line for the month it opens. {@link #balance} reads one line
 * and throws {@link IllegalArgumentException} naming its line, column and field. Nothing
 * is changed to make a value fit: an amount with more than 2 decimals, a code too long
 * for its column, a code a spreadsheet would take for a formula are refused.
 */
public final class OpeningBalanceFile {

	public static final String HEADER = "company_code,customer_code,trade_month,amount";

	static final List<String> COLUMNS = List.of(HEADER.split(","));

	private static final int AMOUNT_SCALE = 2;

	private static final int AMOUNT_INTEGER_DIGITS = 16;

	private OpeningBalanceFile() {
	}

	/** Whether a row is the header (spaces and case do not matter). */
	public static boolean isHeader(TableRow row) {
		return String.join(",", row.cells()).replace(" ", "").replaceAll(",+$", "").equalsIgnoreCase(HEADER);
	}

	/** The balance on a line of the file. */
	public static Balance balance(TableRow row) {
		for (int i = COLUMNS.size(); i < row.cells().size(); i++) {
			if (!row.cell(i).isEmpty()) {
				throw problem(row, i, "a value beyond the " + COLUMNS.size() + " columns " + HEADER);
			}
		}
		String company = code(row, 0, 64);
		String customer = code(row, 1, 100);
		YearMonth month = month(row);
		String text = row.cell(3).replace("_", "").replace(",", "");
		if (text.isEmpty()) {
			throw problem(row, 3, "is empty");
		}
		BigDecimal amount;
		try {
			amount = new BigDecimal(text);
		}
		catch (NumberFormatException ex) {
			throw problem(row, 3, "is not a decimal number: \"" + row.cell(3) + "\"");
		}
		if (amount.stripTrailingZeros().scale() > AMOUNT_SCALE) {
			throw problem(row, 3, row.cell(3) + " has more than " + AMOUNT_SCALE
					+ " decimals; a balance is kept to the cent and is not rounded: correct it in the file");
		}
		if (amount.precision() - amount.scale() > AMOUNT_INTEGER_DIGITS) {
			throw problem(row, 3,
					"is too large (at most " + AMOUNT_INTEGER_DIGITS + " digits before the point): " + row.cell(3));
		}
		return new Balance(company, customer, month, amount, row.line());
	}

	private static String code(TableRow row, int column, int limit) {
		String value = row.cell(column);
		if (value.isEmpty()) {
			throw problem(row, column, "is empty");
		}
		if (value.codePointCount(0, value.length()) > limit) {
			throw problem(row, column,
					"is " + value.codePointCount(0, value.length()) + " characters long, at most " + limit);
		}
		if (Cells.looksLikeFormula(value)) {
			throw problem(row, column, "\"" + value + "\" looks like a spreadsheet formula, not a code");
		}
		return value;
	}

	private static YearMonth month(TableRow row) {
		String value = row.cell(2);
		try {
			return YearMonth.parse(value);
		}
		catch (DateTimeParseException ex) {
			// Excel turns a typed 2025-09 into the date 2025-09-01
			try {
				LocalDate day = LocalDate.parse(value);
				if (day.getDayOfMonth() == 1) {
					return YearMonth.from(day);
				}
			}
			catch (DateTimeParseException notADate) {
				// reported below
			}
			throw problem(row, 2, "must be YYYY-MM: \"" + value + "\"");
		}
	}

	private static IllegalArgumentException problem(TableRow row, int column, String reason) {
		String name = (column < COLUMNS.size()) ? " (" + COLUMNS.get(column) + ")" : "";
		return new IllegalArgumentException(row.where(column) + name + ": " + reason);
	}

	/**
	 * @param line the file's line it was read from (0 when it does not come from a file)
	 */
	public record Balance(String companyCode, String customerCode, YearMonth tradeMonth, BigDecimal amount, int line) {
	}

}
