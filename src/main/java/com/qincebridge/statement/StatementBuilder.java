package com.qincebridge.statement;

import com.qincebridge.http.InvalidRequestException;

/**
 * What one kind of statement adds to the build step: turning one customer's staged lines
 * of the month into the request Qince gets, and the totals the ledger keeps. Anything
 * else it reads it reads for the input's whole page at once.
 */
public interface StatementBuilder {

	/**
	 * Build the statement.
	 * @throws InvalidRequestException when a value is over a field limit: the statement
	 * is then kept {@linkplain #invalid invalid}
	 */
	BuiltStatement build(StatementInput input);

	/**
	 * The statement that cannot be sent, with the reason. Its totals stay right (a goods
	 * statement's ending balance opens the next month) when the kind has any.
	 */
	BuiltStatement invalid(StatementInput input, String reason);

}
