package com.qincebridge.cli;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.qincebridge.qince.QinceClient;
import com.qincebridge.qince.StatementCustomer;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The customer codes of {@code --customers} that Qince does not know: a run builds
 * statements only for Qince's statement customers (getCustomers), so a code outside that
 * list is a mistake on the command line (a typo, a customer not set up in Qince), said
 * before anything runs rather than ignored.
 */
@Component
class QinceCustomerCodes {

	private final ObjectProvider<QinceClient> qince;

	QinceCustomerCodes(ObjectProvider<QinceClient> qince) {
		this.qince = qince;
	}

	/**
	 * The codes Qince does not list, sorted; empty without asking Qince when no code is
	 * given.
	 */
	Set<String> unknown(Set<String> codes) {
		if (codes.isEmpty()) {
			return Set.of();
		}
		Set<String> known = this.qince.getObject()
			.getCustomers()
			.stream()
			.map(StatementCustomer::customerCode)
			.collect(Collectors.toSet());
		return codes.stream().filter((code) -> !known.contains(code)).collect(Collectors.toCollection(TreeSet::new));
	}

}
