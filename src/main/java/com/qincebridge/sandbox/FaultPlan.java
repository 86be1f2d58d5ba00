package com.qincebridge.sandbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.jspecify.annotations.Nullable;

/**
 * The fault rules of one simulator. A rule names an endpoint as {@code *} (any), as the
 * whole endpoint ({@code FB_RECEIVABLE/query}, {@code ksfStatement/saveStatement}) or as
 * either half ({@code FB_RECEIVABLE}, {@code query}, {@code saveStatement}). A space may
 * stand for the slash and the clients' prefix is ignored, so the endpoint of an
 * {@code ApiException} ({@code zhixdl FB_RECEIVE query}) names it too. For each call
 * every firing rule's latency is added up, the call waits at every firing rule's gate,
 * and the first firing rule of another kind, in the order the rules were added, decides
 * the failure. Thread-safe.
 */
public final class FaultPlan {

	private final long seed;

	private final List<Rule> rules = new CopyOnWriteArrayList<>();

	private final AtomicInteger ruleIds = new AtomicInteger();

	FaultPlan(long seed) {
		this.seed = seed;
	}

	/**
	 * Add a rule.
	 * @param endpoint which endpoints, as described on the class
	 * @return this plan, for more rules
	 */
	public FaultPlan inject(String endpoint, Fault fault, Trigger trigger) {
		this.rules.add(new Rule(this.ruleIds.incrementAndGet(), endpoint, fault, trigger));
		return this;
	}

	public List<Rule> rules() {
		return List.copyOf(this.rules);
	}

	/** Remove every rule, opening the gates of held calls. */
	public void clear() {
		List<Rule> removed = List.copyOf(this.rules);
		this.rules.clear();
		for (Rule rule : removed) {
			Gate gate = rule.fault().gate();
			if (gate != null) {
				gate.open();
			}
		}
	}

	/** What happens to the {@code call}-th call of an endpoint. */
	Decision decide(String endpoint, int call) {
		Duration latency = Duration.ZERO;
		List<Gate> gates = new ArrayList<>();
		Fault failure = null;
		for (Rule rule : this.rules) {
			if (!matches(rule.endpoint(), endpoint) || !rule.fires(this.seed, call)) {
				continue;
			}
			Gate gate = rule.fault().gate();
			if (rule.fault().kind() == Fault.Kind.LATENCY) {
				latency = latency.plus(rule.fault().duration());
			}
			else if (gate != null) {
				gates.add(gate);
			}
			else if (failure == null) {
				failure = rule.fault();
			}
		}
		return new Decision(latency, gates, failure);
	}

	/**
	 * Whether a rule's endpoint name covers an endpoint {@code group/operation}. A space
	 * may stand for the slash, and the clients' prefix ({@code zhixdl }, {@code qince })
	 * is ignored, so the endpoint of an {@code ApiException} names it as well, such as
	 * {@code zhixdl FB_RECEIVE query} or {@code qince ksfStatement/saveStatement}.
	 */
	static boolean matches(String rawName, String endpoint) {
		String name = rawName.strip().replaceFirst("^(zhixdl|qince) ", "").replace(' ', '/');
		if (name.equals("*") || name.equals(endpoint)) {
			return true;
		}
		int slash = endpoint.indexOf('/');
		return slash >= 0 && (name.equals(endpoint.substring(0, slash)) || name.equals(endpoint.substring(slash + 1)));
	}

	/**
	 * A fault rule.
	 *
	 * @param id numbers the rules of a plan, part of the rate draw
	 * @param endpoint which endpoints
	 * @param fault what happens
	 * @param trigger to which calls
	 */
	public record Rule(int id, String endpoint, Fault fault, Trigger trigger) {

		boolean fires(long seed, int call) {
			if (!this.trigger.concerns(call)) {
				return false;
			}
			return this.trigger.rate() >= 1 || Mix.unit(Mix.of(seed, this.id, call)) < this.trigger.rate();
		}

	}

	/**
	 * The latency to add, the gates to pass, and the failure to answer with, if any.
	 */
	record Decision(Duration latency, List<Gate> gates, @Nullable Fault failure) {
	}

}
