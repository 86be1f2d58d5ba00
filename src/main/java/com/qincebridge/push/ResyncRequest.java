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
 * per month, each over its part of the dates. Customers too many for one run (their codes
 * joined are the {@code customers} job parameter, at most
 * {@value #MAX_CUSTOMERS_PARAMETER} characters in the job repository) are split into
 * several runs of the month.
 *
 * @param job the job that re-syncs: {@code statement} or {@code expense}
 * @param runs the runs, month by month
 */
record ResyncRequest(String job, List<TradeMonthRun> runs) {

	/** The longest span a push may ask for, in months. */
	static final int MAX_MONTHS = 12;

	/** The job repository's PARAMETER_VALUE holds this many characters. */
	static final int MAX_CUSTOMERS_PARAMETER = 2500;

	/** The most runs one push may start. */
	static final int MAX_RUNS = 48;

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
		List<Set<String>> groups = groups(customers);
		List<TradeMonthRun> runs = new ArrayList<>();
		for (YearMonth month = YearMonth.from(start); !month.isAfter(YearMonth.from(end)); month = month
			.plusMonths(1)) {
			LocalDate from = start.isAfter(month.atDay(1)) ? start : month.atDay(1);
			LocalDate to = end.isBefore(month.atEndOfMonth()) ? end : month.atEndOfMonth();
			for (Set<String> group : groups) {
				runs.add(new TradeMonthRun(month, from, to, group));
			}
			if (runs.size() > MAX_RUNS) {
				throw new IllegalArgumentException("the push needs more than " + MAX_RUNS + " runs (" + customers.size()
						+ " customers in " + groups.size() + " runs per month)");
			}
		}
		return new ResyncRequest(job, List.copyOf(runs));
	}

	/** The customers in groups whose codes, joined by commas, fit the job parameter. */
	private static List<Set<String>> groups(Set<String> customers) {
		List<Set<String>> groups = new ArrayList<>();
		Set<String> group = new TreeSet<>();
		int length = 0;
		for (String code : customers) {
			if (code.length() > MAX_CUSTOMERS_PARAMETER) {
				throw new IllegalArgumentException("customer_code holds a code of " + code.length()
						+ " characters, more than a run can name (" + MAX_CUSTOMERS_PARAMETER + ")");
			}
			int added = group.isEmpty() ? code.length() : length + 1 + code.length();
			if (added > MAX_CUSTOMERS_PARAMETER) {
				groups.add(group);
				group = new TreeSet<>();
				added = code.length();
			}
			group.add(code);
			length = added;
		}
		groups.add(group);
		return groups;
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
