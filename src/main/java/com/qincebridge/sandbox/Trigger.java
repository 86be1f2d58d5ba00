package com.qincebridge.sandbox;

/**
 * Which calls of an endpoint a fault rule applies to: the calls numbered {@code fromCall}
 * to {@code toCall} (from 1, per endpoint, since the last reset), each with probability
 * {@code rate}. The draw is a hash of the sandbox seed, the rule and the call number, so
 * the same calls fail on every run whatever the threads do.
 *
 * @param fromCall the first call concerned, from 1
 * @param toCall the last call concerned
 * @param rate the probability that a concerned call fails, from 0 to 1
 */
public record Trigger(int fromCall, int toCall, double rate) {

	public Trigger {
		if (fromCall < 1 || toCall < fromCall) {
			throw new IllegalArgumentException("calls must satisfy 1 <= from <= to: " + fromCall + ", " + toCall);
		}
		if (!(rate >= 0 && rate <= 1)) {
			throw new IllegalArgumentException("rate must be from 0 to 1: " + rate);
		}
	}

	/** Only the {@code n}-th call. */
	public static Trigger onCall(int n) {
		return new Trigger(n, n, 1);
	}

	/** The calls {@code from} to {@code to}, inclusive. */
	public static Trigger onCalls(int from, int to) {
		return new Trigger(from, to, 1);
	}

	/** Every call from the {@code n}-th on: the endpoint is down. */
	public static Trigger fromCall(int n) {
		return new Trigger(n, Integer.MAX_VALUE, 1);
	}

	/** Every call. */
	public static Trigger always() {
		return fromCall(1);
	}

	/** Each call with probability {@code rate}, deterministically. */
	public static Trigger atRate(double rate) {
		return new Trigger(1, Integer.MAX_VALUE, rate);
	}

	boolean concerns(int call) {
		return call >= this.fromCall && call <= this.toCall;
	}

}
