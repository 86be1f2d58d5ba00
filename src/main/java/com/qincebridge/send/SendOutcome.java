package com.qincebridge.send;

import com.qincebridge.qince.QinceAck;
import org.jspecify.annotations.Nullable;

/**
 * What became of one statement in the send step.
 *
 * @param result what became of it
 */
public record SendOutcome(PendingStatement statement, SendResult result, @Nullable QinceAck ack, @Nullable String code,
		@Nullable String reason, @Nullable RuntimeException failure) {

	static SendOutcome sent(PendingStatement statement, QinceAck ack) {
		return new SendOutcome(statement, SendResult.SENT, ack, ack.returnCode(), null, null);
	}

	static SendOutcome landed(PendingStatement statement) {
		return new SendOutcome(statement, SendResult.LANDED, null, null, null, null);
	}

	static SendOutcome refused(PendingStatement statement, SendResult result, String code, String reason) {
		return new SendOutcome(statement, result, null, code, reason, null);
	}

	/**
	 * The send failed in a way that may pass (transport, 5xx) after the client's retries:
	 * the statement stays to be sent, and the step fails once the chunk's other outcomes
	 * are recorded.
	 */
	static SendOutcome failed(PendingStatement statement, RuntimeException failure) {
		return new SendOutcome(statement, SendResult.FAILED, null, null, failure.getMessage(), failure);
	}

}
