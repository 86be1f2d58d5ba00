package com.qincebridge.qince;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The text Qince receives for an amount: two decimals, rounded half up, never in
 * scientific notation ({@code 1234.5} → {@code "1234.50"}, {@code -0.005} →
 * {@code "-0.01"}, {@code 1E+3} → {@code "1000.00"}). Amounts are rounded here, at the
 * edge, and nowhere else.
 */
public final class QinceMoney {

	private QinceMoney() {
	}

	/** Format an amount for a request field. */
	public static String format(BigDecimal amount) {
		return amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
	}

}
