package com.qincebridge.sandbox;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** The days of some months that fall in a window. */
final class MonthDays {

	private MonthDays() {
	}

	/** The days of the months from {@code from} to {@code to} inclusive, in order. */
	static List<LocalDate> between(List<YearMonth> months, LocalDate from, LocalDate to) {
		List<LocalDate> days = new ArrayList<>();
		for (YearMonth month : months.stream().distinct().sorted().toList()) {
			LocalDate first = month.atDay(1).isBefore(from) ? from : month.atDay(1);
			LocalDate last = month.atEndOfMonth().isAfter(to) ? to : month.atEndOfMonth();
			if (!first.isAfter(last)) {
				first.datesUntil(last.plusDays(1)).forEach(days::add);
			}
		}
		return days;
	}

}
