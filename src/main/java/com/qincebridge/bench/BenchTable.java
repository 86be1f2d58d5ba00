package com.qincebridge.bench;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.qincebridge.bench.StepMeter.Measured;

/**
 * The benchmark's result as a Markdown table: per step the items it wrote, the calls it
 * made, its wall time, its floor (each API's calls × latency ÷ that API's concurrency, or
 * calls ÷ rate when a rate cap makes that longer), the efficiency (floor ÷ wall) and the
 * items per second; then the whole run from the JVM's start, less the simulators' own
 * start (measured from outside, they run apart).
 *
 * @param options what ran
 * @param simulators seconds the simulators took to start in the bench's process (not
 * counted)
 * @param startup seconds from the JVM's start to the first step, less the simulators'
 * @param steps the steps as they ran
 * @param total seconds from the JVM's start to the job's end, less the simulators'
 * @param lines the ERP lines staged
 * @param statements the statements built
 * @param peakHeap the most heap in use seen, in bytes
 * @param maxHeap the heap's limit, in bytes
 * @param load the system load average (1 minute) before and after the run
 * @param status the job's final status
 * @param jvm the JVM and the options that change its speed, see {@link #jvm}
 */
record BenchTable(BenchOptions options, double simulators, double startup, List<Measured> steps, double total,
		long lines, long statements, long peakHeap, long maxHeap, double[] load, String status, String jvm) {

	/** The options {@link #jvm} names: those that change how fast the JVM runs. */
	private static final Set<String> SPEED_OPTIONS = Set.of("TieredStopAtLevel", "TieredCompilation", "CICompilerCount",
			"SharedArchiveFile", "ArchiveClassesAtExit", "UseSerialGC", "UseParallelGC", "UseG1GC", "UseZGC",
			"UseShenandoahGC", "MaxRAMPercentage", "InitialRAMPercentage", "ActiveProcessorCount");

	/**
	 * The JVM and those of its options that change how fast it runs: the JIT's tiers, a
	 * class data sharing archive, the garbage collector, the heap, the interpreter. Only
	 * these by name: other options may carry secrets ({@code -D} system properties, the
	 * commands of {@code -XX:OnError}).
	 */
	static String jvm(String vmName, String vmVersion, List<String> inputArguments) {
		List<String> options = inputArguments.stream().filter(BenchTable::isSpeedOption).toList();
		return vmName + " " + vmVersion + ", " + (options.isEmpty() ? "no options" : String.join(" ", options));
	}

	private static boolean isSpeedOption(String argument) {
		if (argument.startsWith("-XX:")) {
			String name = argument.substring(4).replaceFirst("^[+-]", "").replaceFirst("=.*", "");
			return SPEED_OPTIONS.contains(name);
		}
		return argument.startsWith("-Xmx") || argument.startsWith("-Xms") || argument.startsWith("-Xss")
				|| argument.startsWith("-Xshare") || argument.equals("-Xint");
	}

	String render() {
		StringBuilder text = new StringBuilder();
		Duration latency = this.options.latency();
		text.append(String.format(Locale.ROOT,
				"bench: %s %s, %,d ERP lines staged, %,d statements; latency %d ms, concurrency %d zhixdl / %d Qince, %s, page size %d; %s%n%n",
				this.options.job(), this.options.tradeMonth(), this.lines, this.statements, latency.toMillis(),
				this.options.erpConcurrency(), this.options.qinceConcurrency(), (this.options.requestsPerSecond() > 0)
						? this.options.requestsPerSecond() + " requests/s" : "no rate cap",
				this.options.pageSize(), this.status));
		text.append("JVM: ").append(this.jvm).append("\n\n");
		text.append("| step | items | calls | wall | floor | efficiency | items/s |\n");
		text.append("|---|---:|---:|---:|---:|---:|---:|\n");
		text.append(String.format(Locale.ROOT,
				"| (simulators' start, generating the month: not counted) | – | – | %s | – | – | – |%n",
				seconds(this.simulators)));
		text.append(String.format(Locale.ROOT, "| start (JVM, context, migrations) | – | – | %s | – | – | – |%n",
				seconds(this.startup)));
		long calls = 0;
		double floor = 0;
		for (Measured step : this.steps) {
			long stepCalls = step.erpCalls.sum() + step.qinceCalls.sum();
			double stepFloor = floor(step.erpCalls.sum(), this.options.erpConcurrency())
					+ floor(step.qinceCalls.sum(), this.options.qinceConcurrency());
			calls += stepCalls;
			floor += stepFloor;
			text.append(String.format(Locale.ROOT, "| %s | %s | %,d | %s | %s | %s | %s |%n", label(step.name()),
					(step.written() > 0) ? String.format(Locale.ROOT, "%,d", step.written()) : "–", stepCalls,
					seconds(step.seconds()), (stepFloor > 0) ? seconds(stepFloor) : "–",
					(stepFloor > 0) ? ratio(stepFloor / step.seconds()) : "–",
					(step.written() > 0) ? String.format(Locale.ROOT, "%,.0f", step.written() / step.seconds()) : "–"));
		}
		text.append(String.format(Locale.ROOT, "| **total** | %,d lines | %,d | %s | %s | %s | %,.0f lines/s |%n",
				this.lines, calls, seconds(this.total), (floor > 0) ? seconds(floor) : "–",
				(floor > 0) ? ratio(floor / this.total) : "–", this.lines / this.total));
		text.append(String.format(Locale.ROOT,
				"%nPeak heap in use %,d MB of %,d MB; system load %.2f before, %.2f after (%d cores).%n",
				this.peakHeap >> 20, this.maxHeap >> 20, this.load[0], this.load[1],
				Runtime.getRuntime().availableProcessors()));
		return text.toString();
	}

	/** The least time {@code calls} calls can take at a concurrency and the rate cap. */
	private double floor(long calls, int concurrency) {
		double byLatency = calls * (this.options.latency().toNanos() / 1e9) / concurrency;
		double byRate = (this.options.requestsPerSecond() > 0) ? calls / this.options.requestsPerSecond() : 0;
		return Math.max(byLatency, byRate);
	}

	/** {@code statementExtractStep} → {@code extract}. */
	private String label(String stepName) {
		String name = stepName.startsWith(this.options.job()) ? stepName.substring(this.options.job().length())
				: stepName;
		name = name.replaceAll("Step$", "").replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
		return name.isEmpty() ? stepName : name;
	}

	private static String seconds(double seconds) {
		return String.format(Locale.ROOT, (seconds < 10) ? "%.2f s" : "%.1f s", seconds);
	}

	private static String ratio(double ratio) {
		return String.format(Locale.ROOT, "%.2f", ratio);
	}

}
