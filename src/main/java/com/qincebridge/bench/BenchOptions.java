package com.qincebridge.bench;

import java.time.Duration;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.convert.DurationStyle;

/**
 * What the benchmark runs: the options of {@code bench}, read from the command line
 * before the application starts.
 *
 * @param job {@code statement} or {@code expense}
 * @param tradeMonth the month generated and run
 * @param size about how many ERP lines the month has over all document types (the
 * statement job reads three quarters of them, the expense job two thirds)
 * @param companies the companies of the data set
 * @param customers customers per company (three in four known to Qince)
 * @param latency added to every answer of both simulators
 * @param erpConcurrency {@code bridge.erp.max-concurrency}
 * @param qinceConcurrency {@code bridge.qince.max-concurrency}
 * @param requestsPerSecond both APIs' {@code requests-per-second}; 0 for no cap
 * @param pageSize {@code bridge.erp.page-size}
 * @param seed the data set's seed
 */
record BenchOptions(String job, YearMonth tradeMonth, long size, int companies, int customers, Duration latency,
		int erpConcurrency, int qinceConcurrency, double requestsPerSecond, int pageSize, long seed) {

	/** The options of the bench command, for unknown-option checks. */
	static final Set<String> NAMES = Set.of("job", "trade-month", "size", "companies", "customers", "latency",
			"concurrency", "erp-concurrency", "qince-concurrency", "requests-per-second", "page-size", "seed");

	/** What "no cap" becomes in the settings: more than any client here can make. */
	static final double UNCAPPED = 1_000_000;

	BenchOptions {
		if (!job.equals("statement") && !job.equals("expense")) {
			throw new IllegalArgumentException("--job must be statement or expense: " + job);
		}
		if (size < 1 || companies < 1 || customers < 1 || erpConcurrency < 1 || qinceConcurrency < 1 || pageSize < 1) {
			throw new IllegalArgumentException(
					"--size, --companies, --customers, --concurrency and --page-size must be at least 1");
		}
		if (latency.isNegative() || requestsPerSecond < 0) {
			throw new IllegalArgumentException("--latency and --requests-per-second must not be negative");
		}
	}

	/**
	 * Read the options; absent ones are the measurement: the statement job on
	 * 2025-09, about 9,000 statement lines of 2 companies with 550 customers each, 50 ms
	 * latency, 16 calls at a time to each API, no rate cap, pages of 500.
	 * @throws IllegalArgumentException naming the option that is not valid
	 */
	static BenchOptions read(String[] args) {
		String concurrency = value(args, "concurrency", "16");
		return new BenchOptions(value(args, "job", "statement"), month(value(args, "trade-month", "2025-09")),
				number(args, "size", "12000"), (int) number(args, "companies", "2"),
				(int) number(args, "customers", "550"), duration(value(args, "latency", "50ms")),
				(int) number(args, "erp-concurrency", concurrency),
				(int) number(args, "qince-concurrency", concurrency), decimal(value(args, "requests-per-second", "0")),
				(int) number(args, "page-size", "500"), number(args, "seed", "20250929"));
	}

	/** The first option of the command line that the bench does not know, if any. */
	static @Nullable String unknown(String[] args) {
		return Arrays.stream(args)
			.filter((arg) -> arg.startsWith("--"))
			.map((arg) -> arg.substring(2).split("=", 2)[0])
			.filter((name) -> !NAMES.contains(name) && !name.contains("."))
			.findFirst()
			.orElse(null);
	}

	/** The rate limit the clients get: the option, or {@link #UNCAPPED}. */
	double clientRate() {
		return (this.requestsPerSecond > 0) ? this.requestsPerSecond : UNCAPPED;
	}

	private static String value(String[] args, String name, String fallback) {
		List<String> values = Arrays.stream(args)
			.filter((arg) -> arg.startsWith("--" + name + "="))
			.map((arg) -> arg.substring(name.length() + 3))
			.toList();
		return values.isEmpty() ? fallback : values.get(values.size() - 1).strip();
	}

	private static long number(String[] args, String name, String fallback) {
		String value = value(args, name, fallback).replace("_", "").replace(",", "");
		try {
			return Long.parseLong(value);
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("--" + name + " must be a whole number: " + value);
		}
	}

	private static double decimal(String value) {
		try {
			return Double.parseDouble(value);
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("--requests-per-second must be a number: " + value);
		}
	}

	private static YearMonth month(String value) {
		try {
			return YearMonth.parse(value);
		}
		catch (RuntimeException ex) {
			throw new IllegalArgumentException("--trade-month must be YYYY-MM: " + value);
		}
	}

	private static Duration duration(String value) {
		try {
			return DurationStyle.detectAndParse(value);
		}
		catch (RuntimeException ex) {
			throw new IllegalArgumentException("--latency must be a duration such as 50ms or 0: " + value);
		}
	}

}
