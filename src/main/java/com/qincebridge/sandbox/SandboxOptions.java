package com.qincebridge.sandbox;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * The options of the {@code sandbox} command, read into settings: {@code --port},
 * {@code --seed}, {@code --size}, {@code --months} (comma-separated yyyy-MM),
 * {@code --companies}, {@code --customers} (per company), {@code --known-share},
 * {@code --malformed-rate}, and the credentials {@code --erp-app-key},
 * {@code --qince-openid}, {@code --qince-appkey}, {@code --qince-push-secret}. Absent
 * options keep the defaults of {@link SandboxSettings#defaults()}.
 */
public final class SandboxOptions {

	private SandboxOptions() {
	}

	/**
	 * @param option the value of an option by name, null when absent
	 * @throws IllegalArgumentException naming the option whose value is not valid
	 */
	public static SandboxSettings read(Function<String, @Nullable String> option) {
		SandboxSettings defaults = SandboxSettings.defaults();
		DataSetSpec data = defaults.data();
		SandboxCredentials credentials = defaults.credentials();
		try {
			data = data.withSeed(number(option, "seed", data.seed()))
				.withSize(number(option, "size", data.size()))
				.withMonths(months(option.apply("months"), data.months()))
				.withCompanies((int) number(option, "companies", data.companies()))
				.withCustomersPerCompany((int) number(option, "customers", data.customersPerCompany()))
				.withKnownCustomerShare(fraction(option, "known-share", data.knownCustomerShare()))
				.withMalformedRate(fraction(option, "malformed-rate", data.malformedRate()));
			credentials = new SandboxCredentials(text(option, "erp-app-key", credentials.erpAppKey()),
					text(option, "qince-openid", credentials.qinceOpenid()),
					text(option, "qince-appkey", credentials.qinceAppkey()),
					text(option, "qince-push-secret", credentials.qincePushSecret()), credentials.qinceTenantId());
			return defaults.withPort((int) number(option, "port", 0)).withData(data).withCredentials(credentials);
		}
		catch (RuntimeException ex) {
			throw new IllegalArgumentException("invalid sandbox option: " + ex.getMessage(), ex);
		}
	}

	private static long number(Function<String, @Nullable String> option, String name, long fallback) {
		String value = option.apply(name);
		try {
			return (value != null) ? Long.parseLong(value.strip()) : fallback;
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("--" + name + " must be a whole number: " + value);
		}
	}

	private static double fraction(Function<String, @Nullable String> option, String name, double fallback) {
		String value = option.apply(name);
		try {
			return (value != null) ? Double.parseDouble(value.strip()) : fallback;
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("--" + name + " must be a number from 0 to 1: " + value);
		}
	}

	private static String text(Function<String, @Nullable String> option, String name, String fallback) {
		String value = option.apply(name);
		return (value != null) ? value.strip() : fallback;
	}

	private static List<YearMonth> months(@Nullable String value, List<YearMonth> fallback) {
		if (value == null) {
			return fallback;
		}
		return Arrays.stream(value.split(",")).map(String::strip).filter((month) -> !month.isEmpty()).map((month) -> {
			try {
				return YearMonth.parse(month);
			}
			catch (RuntimeException ex) {
				throw new IllegalArgumentException("--months must be yyyy-MM,yyyy-MM,…: " + value);
			}
		}).toList();
	}

}
