package com.qincebridge.statement;

import com.qincebridge.qince.QinceAck;
import org.jspecify.annotations.Nullable;

/**
 * What became of one statement in the send step.
 *
 * @param result SENT (Qince accepted it now), LANDED (Qince already had it from a send
 * before the run stopped), REJECTED (Qince refused it), CONFLICT (Qince shows it
 * confirmed; not overwritten)
 */
record SendOutcome(PendingStatement statement, String result, @Nullable QinceAck ack, @Nullable String code,
		@Nullable String reason) {

	static SendOutcome sent(PendingStatement statement, QinceAck ack) {
		return new SendOutcome(statement, "SENT", ack, ack.returnCode(), null);
	}

	static SendOutcome landed(PendingStatement statement) {
		return new SendOutcome(statement, "LANDED", null, null, null);
	}

	static SendOutcome refused(PendingStatement statement, String result, String code, String reason) {
		return new SendOutcome(statement, result, null, code, reason);
	}

}
