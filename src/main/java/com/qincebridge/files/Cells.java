package com.qincebridge.files;

import java.util.regex.Pattern;

/**
 * Spreadsheet formula injection (OWASP "CSV Injection"): a cell that starts with
 * {@code = + - @}, a tab or a carriage return is taken by Excel as a formula. Such text
 * is refused where it would become a code, and prefixed with {@code '} where it is
 * written to a CSV file. A plain number ({@code -150.50}) is not a formula.
 */
public final class Cells {

	private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+(\\.\\d+)?");

	private Cells() {
	}

	/** Whether a spreadsheet would take the text for a formula. */
	public static boolean looksLikeFormula(String text) {
		if (text.isEmpty() || NUMBER.matcher(text).matches()) {
			return false;
		}
		char first = text.charAt(0);
		return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
	}

	/** The text as a spreadsheet shows it literally. */
	public static String neutralise(String text) {
		return looksLikeFormula(text) ? "'" + text : text;
	}

}
