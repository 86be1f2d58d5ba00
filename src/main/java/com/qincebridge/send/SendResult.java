package com.qincebridge.send;

import com.qincebridge.statement.StatementState;

/**
 * What became of one statement in the send step, counted under {@link #countKey()} in the
 * step's execution context for the report.
 */
public enum SendResult {

	/** Qince accepted it now. */
	SENT,

	/** Qince already had it from a send before the run stopped. */
	LANDED,

	/** Qince refused it. */
	REJECTED,

	/** Qince shows it confirmed; not overwritten. */
	CONFLICT;

	/** The key of this result's count in the send step's execution context. */
	public String countKey() {
		return "send." + name();
	}

	/** The ledger state of a statement with this result, when it is refused. */
	StatementState refusedState() {
		return switch (this) {
			case REJECTED -> StatementState.REJECTED;
			case CONFLICT -> StatementState.CONFLICT;
			default -> throw new IllegalStateException(this + " is not a refusal");
		};
	}

}
