package com.qincebridge.sandbox;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * What goes wrong with a call when a {@link FaultPlan} rule fires. By default the request
 * is not processed: nothing is stored or written back. A fault made with
 * {@link #afterProcessing()} processes the request first and then replaces its answer by
 * the failure, which reproduces "the server accepted it but we never saw the answer".
 *
 * @param kind what happens
 * @param duration the latency added, or how long a timeout holds the connection
 * @param httpStatus the status of {@link Kind#HTTP_STATUS}
 * @param code the zhixdl status or Qince return_code of {@link Kind#BUSINESS_ERROR}
 * @param message the message of {@link Kind#BUSINESS_ERROR}
 * @param processFirst whether the request is processed before the failure (see
 * {@link #afterProcessing()})
 * @param gate where a call of {@link Kind#HOLD} waits
 */
public record Fault(Kind kind, Duration duration, int httpStatus, String code, String message, boolean processFirst,
		@Nullable Gate gate) {

	public Fault {
		if (duration.isNegative()) {
			throw new IllegalArgumentException("duration must not be negative: " + duration);
		}
		if (kind == Kind.TRUNCATED && !processFirst) {
			throw new IllegalArgumentException(
					"a truncated answer is the real one cut short: processFirst is required");
		}
		if (kind == Kind.HTTP_STATUS && (httpStatus < 100 || httpStatus > 599)) {
			throw new IllegalArgumentException("httpStatus must be an HTTP status: " + httpStatus);
		}
		if ((kind == Kind.HOLD) != (gate != null)) {
			throw new IllegalArgumentException("HOLD needs a gate, and no other kind takes one: " + kind);
		}
	}

	/**
	 * The answer comes this much later, otherwise unchanged; combines with other faults.
	 */
	public static Fault latency(Duration delay) {
		return new Fault(Kind.LATENCY, delay, 0, "", "", false, null);
	}

	/**
	 * The call waits, unprocessed, until the test opens the gate, then is answered as
	 * usual; combines with other faults like {@link #latency(Duration)}. The client sees
	 * a slow answer, or its read timeout if the gate stays shut longer.
	 */
	public static Fault heldAt(Gate gate) {
		return new Fault(Kind.HOLD, Duration.ZERO, 0, "", "", false, gate);
	}

	/** An HTML error page with this status (such as 500, 502, 503 or 429). */
	public static Fault httpStatus(int status) {
		return new Fault(Kind.HTTP_STATUS, Duration.ZERO, status, "", "", false, null);
	}

	/**
	 * No answer: the connection is held this long and then closed. A client whose read
	 * timeout is shorter sees a timeout, any other client a connection closed mid-call.
	 */
	public static Fault timeout(Duration hold) {
		return new Fault(Kind.TIMEOUT, hold, 0, "", "", false, null);
	}

	/** HTTP 200 with an HTML page instead of JSON. */
	public static Fault notJson() {
		return new Fault(Kind.NOT_JSON, Duration.ZERO, 200, "", "", false, null);
	}

	/**
	 * HTTP 200 with the real answer cut in half: the request was processed, so this is
	 * always processed first.
	 */
	public static Fault truncated() {
		return new Fault(Kind.TRUNCATED, Duration.ZERO, 200, "", "", true, null);
	}

	/**
	 * The API's own refusal: zhixdl success=false with this status, Qince this
	 * return_code.
	 */
	public static Fault businessError(String code, String message) {
		return new Fault(Kind.BUSINESS_ERROR, Duration.ZERO, 200, code, message, false, null);
	}

	/**
	 * The request is processed (a statement stored, a write-back recorded), then HTTP
	 * 500.
	 */
	public static Fault acceptThenFail() {
		return httpStatus(500).afterProcessing();
	}

	/** This fault, applied after the request was processed. */
	public Fault afterProcessing() {
		return new Fault(this.kind, this.duration, this.httpStatus, this.code, this.message, true, this.gate);
	}

	/** The kinds of fault. */
	public enum Kind {

		LATENCY, HOLD, HTTP_STATUS, TIMEOUT, NOT_JSON, TRUNCATED, BUSINESS_ERROR

	}

}
