package com.qincebridge.statement;

/**
 * Where a statement of the ledger stands ({@code statement_ledger.state}).
 */
public enum StatementState {

	/** Built with content Qince has not accepted: to be sent. */
	BUILT,

	/** Qince accepted this content. */
	SENT,

	/** Qince lists it with its statement id: to be written back. */
	VERIFIED,

	/** Qince refused it; sent again on the next run. */
	REJECTED,

	/** Qince shows it confirmed and our content differs: never overwritten. */
	CONFLICT,

	/** It cannot be sent (a value over a field limit), with the reason. */
	INVALID

}
