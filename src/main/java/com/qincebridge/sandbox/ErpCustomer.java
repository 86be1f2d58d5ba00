package com.qincebridge.sandbox;

/**
 * A customer of one company in the generated data set.
 *
 * @param companyCode the company, such as 101
 * @param code the customer code, such as C101-0001
 * @param name the customer name, such as 小拇指北安小区店
 * @param knownToQince whether the Qince simulator's getCustomers returns it (by default)
 */
public record ErpCustomer(String companyCode, String code, String name, boolean knownToQince) {
}
