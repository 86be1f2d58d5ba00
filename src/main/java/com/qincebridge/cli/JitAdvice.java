package com.qincebridge.cli;

import java.util.List;

/**
 * What {@code check} says of the JVM: on a machine of a few cores the JIT's optimising
 * compiler (C2) takes the CPU a month's calls need (README, "The JIT on a small
 * machine"), so there it advises the JIT's first tier only. Advice, never a failed check.
 */
final class JitAdvice {

	/** Up to this many cores a machine counts as small. */
	static final int SMALL_MACHINE_CORES = 4;

	private JitAdvice() {
	}

	/**
	 * @param javaVersion the JVM's version
	 * @param cores the processors the JVM may use
	 * @param inputArguments the JVM's options, as
	 * {@link java.lang.management.RuntimeMXBean#getInputArguments()} gives them
	 */
	static String line(String javaVersion, int cores, List<String> inputArguments) {
		String jvm = "JVM: Java " + javaVersion + ", " + cores + ((cores == 1) ? " core" : " cores");
		String tier = inputArguments.stream()
			.filter((argument) -> argument.startsWith("-XX:TieredStopAtLevel="))
			.reduce((first, last) -> last)
			.orElse(null);
		if (tier != null && !tier.endsWith("=4")) {
			return jvm + ", the JIT stops before its optimising compiler (" + tier + ")";
		}
		if (cores > SMALL_MACHINE_CORES) {
			return jvm;
		}
		return jvm + ", the JIT's optimising compiler on: on so few cores it takes the CPU a month's calls need;"
				+ " run with JDK_JAVA_OPTIONS=-XX:TieredStopAtLevel=1 (README, \"The JIT on a small machine\")";
	}

}
