package com.qincebridge.cli;

import java.lang.management.ManagementFactory;

import com.sun.management.HotSpotDiagnosticMXBean;

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

	/** The line for this JVM, from the values its flags really have. */
	static String current() {
		HotSpotDiagnosticMXBean hotSpot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
		return line(Runtime.version().toString(), Runtime.getRuntime().availableProcessors(),
				String.valueOf(System.getProperty("java.vm.info")).contains("interpreted mode"),
				Boolean.parseBoolean(hotSpot.getVMOption("TieredCompilation").getValue()),
				Integer.parseInt(hotSpot.getVMOption("TieredStopAtLevel").getValue()));
	}

	/**
	 * @param javaVersion the JVM's version
	 * @param cores the processors the JVM may use
	 * @param interpreted whether the JIT is off ({@code -Xint})
	 * @param tiered {@code TieredCompilation}: without it only the optimising compiler
	 * compiles
	 * @param stopAtLevel {@code TieredStopAtLevel}: below 4 the optimising compiler never
	 * runs
	 */
	static String line(String javaVersion, int cores, boolean interpreted, boolean tiered, int stopAtLevel) {
		String jvm = "JVM: Java " + javaVersion + ", " + cores + ((cores == 1) ? " core" : " cores");
		if (interpreted) {
			return jvm + ", the JIT off (-Xint): every command runs many times slower";
		}
		if (tiered && stopAtLevel < 4) {
			return jvm + ", the JIT stops before its optimising compiler (-XX:TieredStopAtLevel=" + stopAtLevel + ")";
		}
		if (cores > SMALL_MACHINE_CORES) {
			return jvm;
		}
		return jvm + ", the JIT's optimising compiler on: on so few cores it takes the CPU a month's calls need;"
				+ " run commands with JDK_JAVA_OPTIONS=-XX:TieredStopAtLevel=1 (README, \"The JIT on a small machine\")";
	}

}
