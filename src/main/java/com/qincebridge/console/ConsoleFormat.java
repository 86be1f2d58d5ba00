package com.qincebridge.console;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Duration;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/** How the console's templates write durations and money ({@code @consoleFormat}). */
@Component("consoleFormat")
class ConsoleFormat {

	/** {@code 1h 02m 05s}, {@code 2m 05s}, {@code 5s}; empty for none. */
	public String duration(@Nullable Duration duration) {
		if (duration == null) {
			return "";
		}
		long seconds = Math.max(0, duration.toSeconds());
		long hours = seconds / 3600;
		long minutes = (seconds % 3600) / 60;
		long rest = seconds % 60;
		if (hours > 0) {
			return String.format("%dh %02dm %02ds", hours, minutes, rest);
		}
		return (minutes > 0) ? String.format("%dm %02ds", minutes, rest) : rest + "s";
	}

	/** {@code 1,234.50}; empty for none. */
	public String money(@Nullable BigDecimal amount) {
		if (amount == null) {
			return "";
		}
		DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
		return format.format(amount.setScale(2, RoundingMode.HALF_UP));
	}

}
