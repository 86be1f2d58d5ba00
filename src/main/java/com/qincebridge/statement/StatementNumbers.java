package com.qincebridge.statement;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;

import com.qincebridge.support.Sha256;

/**
 * Our statement numbers (对账单号), deterministic so that a rebuilt statement replaces the
 * one sent before instead of adding a second.
 * <p>
 * The number is {@code prefix + companyCode + yyyyMM + customerCode}, such as
 * {@code HK101202509C101-0001}, when that is at most {@value #MAX_LENGTH} characters (the
 * VARCHAR(32) of {@code serial_no} and {@code statement_no}; characters are counted as
 * code points, as the field check counts them). A longer value is cut to its first 23
 * characters followed by {@code ~} and the first 8 lowercase hex digits of the SHA-256 of
 * the whole value in UTF-8: exactly 32 characters, the same for the same inputs on every
 * run, and different for values that differ anywhere, the cut part included (up to a hash
 * collision, about one in four billion per pair). Codes are used as given: callers must
 * not trim or change their case between runs.
 * <p>
 * Numbers are unique per (prefix, company, month, customer) as long as the concatenation
 * is: company codes of one tenant that end in digits and are prefixes of one another
 * could meet a customer code starting with digits.
 */
public final class StatementNumbers {

	/** The prefix of goods-payment statements (货款对账单). */
	public static final String GOODS = "HK";

	/** The prefix of expense statements (费用对账单). */
	public static final String EXPENSE = "FY";

	/** The most characters a statement number has. */
	public static final int MAX_LENGTH = 32;

	private static final int KEPT = 23;

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyyMM");

	private StatementNumbers() {
	}

	/**
	 * The statement number of one customer's statement of one month.
	 * @param prefix such as {@link #GOODS} or {@link #EXPENSE}
	 * @param companyCode the ERP company
	 * @param month the trade month
	 * @param customerCode the customer
	 * @return at most {@value #MAX_LENGTH} characters
	 * @throws IllegalArgumentException when a code or the prefix is blank
	 */
	public static String of(String prefix, String companyCode, YearMonth month, String customerCode) {
		requireText("prefix", prefix);
		requireText("companyCode", companyCode);
		requireText("customerCode", customerCode);
		String full = prefix + companyCode + MONTH.format(month) + customerCode;
		if (full.codePointCount(0, full.length()) <= MAX_LENGTH) {
			return full;
		}
		String kept = full.substring(0, full.offsetByCodePoints(0, KEPT));
		return kept + "~" + Sha256.hex(full).substring(0, 8);
	}

	private static void requireText(String name, String value) {
		if (value.isBlank()) {
			throw new IllegalArgumentException(name + " must not be blank: \"" + value + "\"");
		}
	}

}
