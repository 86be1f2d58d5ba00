package com.qincebridge.sandbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
 * the failure; each failure that decides a call is counted ({@link #fired}). Thread-safe.
 */
public final class FaultPlan {

	private final long seed;

	private final List<Rule> rules = new CopyOnWriteArrayList<>();

	private final AtomicInteger ruleIds = new AtomicInteger();

	private final Map<Fired, AtomicInteger> fired = new ConcurrentHashMap<>();

	FaultPlan(long seed) {
		this.seed = seed;
	}

	/**
	 * Add a rule.
	 * @param endpoint which endpoints, as described on the class
	 * @return this plan, for more rules
	 */
	public FaultPlan inject(String endpoint, Fault fault, Trigger trigger) {
		return injectOneOf(endpoint, trigger, List.of(fault));
	}

	/**
	 * Add a rule that, when its trigger fires for a call, applies one of the faults,
	 * drawn evenly from the seed, the rule and the call number:
	 * {@code Trigger.atRate(0.1)} with five faults fails one call in ten, each fault
	 * about one call in fifty.
	 * @param endpoint which endpoints, as described on the class
	 * @param faults what may happen, at least one
	 * @return this plan, for more rules
	 */
	public FaultPlan injectOneOf(String endpoint, Trigger trigger, List<Fault> faults) {
		this.rules.add(new Rule(this.ruleIds.incrementAndGet(), endpoint, faults, trigger));
		return this;
	}

	public List<Rule> rules() {
		return List.copyOf(this.rules);
	}

	/**
	 * How many calls of the endpoints an endpoint name covers (as described on the class)
	 * this fault decided since the last {@link #clear()}: answered with it, or, for a
	 * latency, delayed by it.
	 */
	public int fired(String endpoint, Fault fault) {
		return this.fired.entrySet()
			.stream()
			.filter((entry) -> entry.getKey().fault().equals(fault) && matches(endpoint, entry.getKey().endpoint()))
			.mapToInt((entry) -> entry.getValue().get())
			.sum();
	}

	/** Remove every rule, opening the gates of held calls, and forget what fired. */
	public void clear() {
		List<Rule> removed = List.copyOf(this.rules);
		this.rules.clear();
		for (Rule rule : removed) {
			for (Fault fault : rule.faults()) {
				Gate gate = fault.gate();
				if (gate != null) {
					gate.open();
				}
			}
		}
		this.fired.clear();
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
			Fault fault = rule.fault(this.seed, call);
			Gate gate = fault.gate();
			if (fault.kind() == Fault.Kind.LATENCY) {
				latency = latency.plus(fault.duration());
				count(endpoint, fault);
			}
			else if (gate != null) {
				gates.add(gate);
			}
			else if (failure == null) {
				failure = fault;
				count(endpoint, fault);
			}
		}
		return new Decision(latency, gates, failure);
	}

	private void count(String endpoint, Fault fault) {
		this.fired.computeIfAbsent(new Fired(endpoint, fault), (key) -> new AtomicInteger()).incrementAndGet();
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
	 * @param faults what happens: one of them, drawn per call
	 * @param trigger to which calls
	 */
	public record Rule(int id, String endpoint, List<Fault> faults, Trigger trigger) {

		public Rule {
			faults = List.copyOf(faults);
			if (faults.isEmpty()) {
				throw new IllegalArgumentException("a rule needs at least one fault");
			}
		}

		boolean fires(long seed, int call) {
			if (!this.trigger.concerns(call)) {
				return false;
			}
			return this.trigger.rate() >= 1 || Mix.unit(Mix.of(seed, this.id, call)) < this.trigger.rate();
		}

		/** The fault of a call this rule fires for. */
		Fault fault(long seed, int call) {
			// a draw of its own, so that the choice does not depend on the rate's
			return (this.faults.size() == 1) ? this.faults.get(0)
					: this.faults.get(Mix.below(Mix.of(seed, this.id, call, 1), this.faults.size()));
		}

	}

	/** A fault that decided a call of an endpoint. */
	private record Fired(String endpoint, Fault fault) {
	}

	/**
	 * The latency to add, the gates to pass, and the failure to answer with, if any.
	 */
	record Decision(Duration latency, List<Gate> gates, @Nullable Fault failure) {
	}

}
