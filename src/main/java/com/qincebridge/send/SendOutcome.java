package com.qincebridge.send;

import com.qincebridge.qince.QinceAck;
import org.jspecify.annotations.Nullable;

/**
 * What became of one statement in the send step.
 *
 * @param result what became of it
 */
public record SendOutcome(PendingStatement statement, SendResult result, @Nullable QinceAck ack, @Nullable String code,
		@Nullable String reason) {

	static SendOutcome sent(PendingStatement statement, QinceAck ack) {
		return new SendOutcome(statement, SendResult.SENT, ack, ack.returnCode(), null);
	}

	static SendOutcome landed(PendingStatement statement) {
		return new SendOutcome(statement, SendResult.LANDED, null, null, null);
	}

	static SendOutcome refused(PendingStatement statement, SendResult result, String code, String reason) {
		return new SendOutcome(statement, result, null, code, reason);
	}

}
