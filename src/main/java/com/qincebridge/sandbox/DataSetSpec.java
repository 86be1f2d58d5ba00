package com.qincebridge.sandbox;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * What the generated zhixdl data set looks like. The same spec always gives the same
 * lines.
 *
 * @param seed the seed every value is derived from
 * @param size the approximate number of detail lines over all companies, document types
 * and months (each (company, type, day) group gets a count drawn around its share)
 * @param months the trade months that have documents, such as 2025-09 and 2025-10
 * @param companies how many companies: codes 101, 102, … (at most 99)
 * @param customersPerCompany customers of each company: codes C101-0001, C101-0002, …
 * @param knownCustomerShare the probability that a customer is known to Qince (returned
 * by getCustomers); drawn per customer from the seed
 * @param malformedRate the probability that a line carries a malformed order_date or
 * amount on the wire (0 = never)
 */
public record DataSetSpec(long seed, long size, List<YearMonth> months, int companies, int customersPerCompany,
		double knownCustomerShare, double malformedRate) {

	public DataSetSpec {
		months = List.copyOf(months);
		if (size < 0) {
			throw new IllegalArgumentException("size must not be negative: " + size);
		}
		if (months.isEmpty()) {
			throw new IllegalArgumentException("months must not be empty");
		}
		if (companies < 1 || companies > 99) {
			throw new IllegalArgumentException("companies must be from 1 to 99: " + companies);
		}
		if (customersPerCompany < 1 || customersPerCompany > 9999) {
			throw new IllegalArgumentException("customersPerCompany must be from 1 to 9999: " + customersPerCompany);
		}
		if (!(knownCustomerShare >= 0 && knownCustomerShare <= 1)) {
			throw new IllegalArgumentException("knownCustomerShare must be from 0 to 1: " + knownCustomerShare);
		}
		if (!(malformedRate >= 0 && malformedRate <= 1)) {
			throw new IllegalArgumentException("malformedRate must be from 0 to 1: " + malformedRate);
		}
	}

	/**
	 * About 2,000 lines over September and October 2025 (the months of the documents'
	 * examples), 2 companies of 12 customers each, three in four known to Qince, no
	 * malformed lines.
	 */
	public static DataSetSpec defaults() {
		return new DataSetSpec(20250929L, 2_000, List.of(YearMonth.of(2025, 9), YearMonth.of(2025, 10)), 2, 12, 0.75,
				0);
	}

	public DataSetSpec withSeed(long seed) {
		return new DataSetSpec(seed, this.size, this.months, this.companies, this.customersPerCompany,
				this.knownCustomerShare, this.malformedRate);
	}

	public DataSetSpec withSize(long size) {
		return new DataSetSpec(this.seed, size, this.months, this.companies, this.customersPerCompany,
				this.knownCustomerShare, this.malformedRate);
	}

	public DataSetSpec withMonths(List<YearMonth> months) {
		return new DataSetSpec(this.seed, this.size, months, this.companies, this.customersPerCompany,
				this.knownCustomerShare, this.malformedRate);
	}

	public DataSetSpec withCompanies(int companies) {
		return new DataSetSpec(this.seed, this.size, this.months, companies, this.customersPerCompany,
				this.knownCustomerShare, this.malformedRate);
	}

	public DataSetSpec withCustomersPerCompany(int customersPerCompany) {
		return new DataSetSpec(this.seed, this.size, this.months, this.companies, customersPerCompany,
				this.knownCustomerShare, this.malformedRate);
	}

	public DataSetSpec withKnownCustomerShare(double knownCustomerShare) {
		return new DataSetSpec(this.seed, this.size, this.months, this.companies, this.customersPerCompany,
				knownCustomerShare, this.malformedRate);
	}

	public DataSetSpec withMalformedRate(double malformedRate) {
		return new DataSetSpec(this.seed, this.size, this.months, this.companies, this.customersPerCompany,
				this.knownCustomerShare, malformedRate);
	}

	/** Whether the day lies in one of the months. */
	boolean covers(LocalDate day) {
		return this.months.contains(YearMonth.from(day));
	}

	/** The number of days of all months together. */
	int totalDays() {
		return this.months.stream().distinct().mapToInt(YearMonth::lengthOfMonth).sum();
	}

}
