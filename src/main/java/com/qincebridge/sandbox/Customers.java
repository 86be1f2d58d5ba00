package com.qincebridge.sandbox;

import java.util.ArrayList;
import java.util.List;

/**
 * The customers of every company of a spec, built once (they are few) and shared by the
 * generator and the Qince simulator's default getCustomers list.
 */
final class Customers {

	private static final long SALT_KNOWN = 5;

	private final List<List<ErpCustomer>> byCompany;

	Customers(DataSetSpec spec) {
		List<List<ErpCustomer>> companies = new ArrayList<>();
		for (int company = 1; company <= spec.companies(); company++) {
			List<ErpCustomer> customers = new ArrayList<>();
			for (int customer = 1; customer <= spec.customersPerCompany(); customer++) {
				boolean known = Mix.unit(Mix.of(spec.seed(), SALT_KNOWN, company, customer)) < spec
					.knownCustomerShare();
				customers.add(new ErpCustomer(ErpNames.companyCode(company), ErpNames.customerCode(company, customer),
						ErpNames.customerName(company, customer), known));
			}
			companies.add(List.copyOf(customers));
		}
		this.byCompany = List.copyOf(companies);
	}

	/** The customers of the company with the 1-based index. */
	List<ErpCustomer> of(int company) {
		return this.byCompany.get(company - 1);
	}

	/** The name of a customer of a company, or the code itself when it is no customer. */
	String name(int company, String code) {
		return of(company).stream()
			.filter((customer) -> customer.code().equals(code))
			.map(ErpCustomer::name)
			.findFirst()
			.orElse(code);
	}

	List<ErpCustomer> all() {
		return this.byCompany.stream().flatMap(List::stream).toList();
	}

}
