package com.qincebridge.qince;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A customer that has statements (对账客户), as getCustomers reports it.
 *
 * @param customerCode customer code
 * @param useSignature whether the customer signs electronically (使用电子签章), as Qince wrote
 * it; null when absent
 */
public record StatementCustomer(String customerCode, @Nullable String useSignature) {

	public StatementCustomer {
		Objects.requireNonNull(customerCode, "customer_code is missing");
	}

}
