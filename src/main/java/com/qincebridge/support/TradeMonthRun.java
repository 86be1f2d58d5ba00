package com.qincebridge.support;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * What one run of a statement job covers, from its identifying job parameters:
 * {@code trade_month} (yyyy-MM), optionally {@code customers} (comma-separated customer
 * codes) and {@code from}/{@code to} (yyyy-MM-dd, inside the month) for a partial
 * re-sync, and {@code rerun} (a counter that makes a new instance of a month that already
 * completed).
 *
 * @param tradeMonth the month the statements are for
 * @param from the first day read from the ERP
 * @param to the last day read from the ERP
 * @param customers the customers to build and send; empty for all statement customers
 */
public record TradeMonthRun(YearMonth tradeMonth, LocalDate from, LocalDate to, Set<String> customers) {

	public static final String TRADE_MONTH = "trade_month";

	public static final String CUSTOMERS = "customers";

	public static final String FROM = "from";

	public static final String TO = "to";

	public static final String RERUN = "rerun";

	public TradeMonthRun {
		customers = Set.copyOf(customers);
		if (from.isAfter(to) || !YearMonth.from(from).equals(tradeMonth) || !YearMonth.from(to).equals(tradeMonth)) {
			throw new IllegalArgumentException(
					"from and to must lie in the trade month " + tradeMonth + " with from <= to: " + from + ", " + to);
		}
	}

	/** The whole month for all customers. */
	public static TradeMonthRun wholeMonth(YearMonth month) {
		return new TradeMonthRun(month, month.atDay(1), month.atEndOfMonth(), Set.of());
	}

	/**
	 * Read the parameters of a job execution.
	 * @throws IllegalArgumentException naming the parameter that is missing or malformed
	 */
	public static TradeMonthRun of(JobParameters parameters) {
		String month = parameters.getString(TRADE_MONTH);
		if (month == null) {
			throw new IllegalArgumentException("job parameter " + TRADE_MONTH + " (yyyy-MM) is required");
		}
		YearMonth tradeMonth = parse(TRADE_MONTH, month, YearMonth::parse);
		LocalDate from = date(parameters.getString(FROM), FROM, tradeMonth.atDay(1));
		LocalDate to = date(parameters.getString(TO), TO, tradeMonth.atEndOfMonth());
		String customers = parameters.getString(CUSTOMERS);
		Set<String> codes = new TreeSet<>();
		if (customers != null) {
			Arrays.stream(customers.split(","))
				.map(String::strip)
				.filter((code) -> !code.isEmpty())
				.forEach(codes::add);
		}
		return new TradeMonthRun(tradeMonth, from, to, codes);
	}

	/** The identifying job parameters of this run. */
	public JobParameters toJobParameters(long rerun) {
		JobParametersBuilder builder = new JobParametersBuilder().addString(TRADE_MONTH, this.tradeMonth.toString());
		if (!this.customers.isEmpty()) {
			builder.addString(CUSTOMERS, String.join(",", new TreeSet<>(this.customers)));
		}
		if (!this.from.equals(this.tradeMonth.atDay(1)) || !this.to.equals(this.tradeMonth.atEndOfMonth())) {
			builder.addString(FROM, this.from.toString()).addString(TO, this.to.toString());
		}
		if (rerun > 0) {
			builder.addLong(RERUN, rerun);
		}
		return builder.toJobParameters();
	}

	/** Whether the run covers the customer. */
	public boolean includes(String customerCode) {
		return this.customers.isEmpty() || this.customers.contains(customerCode);
	}

	private static LocalDate date(@Nullable String value, String name, LocalDate otherwise) {
		return (value != null) ? parse(name, value, LocalDate::parse) : otherwise;
	}

	private static <T> T parse(String name, String value, java.util.function.Function<String, T> parser) {
		try {
			return parser.apply(value.strip());
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException("job parameter " + name + " is malformed: \"" + value + "\"", ex);
		}
	}

}
