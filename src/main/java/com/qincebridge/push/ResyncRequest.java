package com.qincebridge.push;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.qincebridge.support.TradeMonthRun;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a {@code ksf_statement} or {@code ksf_expense} push asks for: a re-sync of some
 * customers' statements over some dates ({@code customer_code} "C1,C2",
 * {@code start_date}, {@code end_date}, yyyy-MM-dd). Dates spanning months become one run
 * per month, each over its part of the dates.
 *
 * @param job the job that re-syncs: {@code statement} or {@code expense}
 * @param runs one run per trade month the dates touch
 */
record ResyncRequest(String job, List<TradeMonthRun> runs) {

	/** The longest span a push may ask for, in months. */
	static final int MAX_MONTHS = 12;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	static boolean isResync(String dataType) {
		return "ksf_statement".equals(dataType) || "ksf_expense".equals(dataType);
	}

	/**
	 * Read a statement push's data.
	 * @throws IllegalArgumentException naming what is missing or malformed
	 */
	static ResyncRequest parse(String dataType, String data) {
		String job = "ksf_statement".equals(dataType) ? "statement" : "expense";
		JsonNode node;
		try {
			node = JSON.readTree(data);
		}
		catch (JacksonException ex) {
			throw new IllegalArgumentException("data is not JSON");
		}
		if (node == null || !node.isObject()) {
			throw new IllegalArgumentException("data is not a JSON object");
		}
		Set<String> customers = new TreeSet<>();
		Arrays.stream(text(node, "customer_code").split(","))
			.map(String::strip)
			.filter((code) -> !code.isEmpty())
			.forEach(customers::add);
		if (customers.isEmpty()) {
			throw new IllegalArgumentException("customer_code names no customer");
		}
		LocalDate start = date(node, "start_date");
		LocalDate end = date(node, "end_date");
		if (start.isAfter(end)) {
			throw new IllegalArgumentException("start_date is after end_date");
		}
		if (YearMonth.from(start).plusMonths(MAX_MONTHS - 1).isBefore(YearMonth.from(end))) {
			throw new IllegalArgumentException("the dates span more than " + MAX_MONTHS + " months");
		}
		List<TradeMonthRun> runs = new ArrayList<>();
		for (YearMonth month = YearMonth.from(start); !month.isAfter(YearMonth.from(end)); month = month
			.plusMonths(1)) {
			LocalDate from = start.isAfter(month.atDay(1)) ? start : month.atDay(1);
			LocalDate to = end.isBefore(month.atEndOfMonth()) ? end : month.atEndOfMonth();
			runs.add(new TradeMonthRun(month, from, to, customers));
		}
		return new ResyncRequest(job, List.copyOf(runs));
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		if (value == null || value.isNull() || !value.isValueNode() || value.asString().isBlank()) {
			throw new IllegalArgumentException(field + " is missing");
		}
		return value.asString().strip();
	}

	private static LocalDate date(JsonNode node, String field) {
		String value = text(node, field);
		try {
			return LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException(field + " is not yyyy-MM-dd");
		}
	}

}
