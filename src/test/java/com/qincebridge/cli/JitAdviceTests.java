package com.qincebridge.cli;

import java.lang.management.ManagementFactory;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What {@code check} says of the JVM: the first tier of the JIT advised on a small
 * machine that runs the optimising compiler, nothing more elsewhere.
 */
class JitAdviceTests {

	@Test
	void aSmallMachineWithTheOptimisingCompilerIsAdvisedTheFirstTier() {
		assertThat(JitAdvice.line("17.0.15", 2, false, true, 4))
			.isEqualTo("JVM: Java 17.0.15, 2 cores, the JIT's optimising compiler on: on so few cores it takes the"
					+ " CPU a month's calls need; run commands with JDK_JAVA_OPTIONS=-XX:TieredStopAtLevel=1"
					+ " (README, \"The JIT on a small machine\")");
	}

	@Test
	void theFirstTierIsNamedWhenItIsSet() {
		assertThat(JitAdvice.line("17.0.15", 2, false, true, 1))
			.isEqualTo("JVM: Java 17.0.15, 2 cores, the JIT stops before its optimising compiler"
					+ " (-XX:TieredStopAtLevel=1)");
	}

	@Test
	void withoutTieredCompilationOnlyTheOptimisingCompilerRuns() {
		assertThat(JitAdvice.line("17.0.15", 4, false, false, 1)).contains("the JIT's optimising compiler on")
			.contains("JDK_JAVA_OPTIONS=-XX:TieredStopAtLevel=1");
	}

	@Test
	void theInterpreterAloneIsNamed() {
		assertThat(JitAdvice.line("17.0.15", 1, true, true, 4))
			.isEqualTo("JVM: Java 17.0.15, 1 core, the JIT off (-Xint): every command runs many times slower");
	}

	@Test
	void aLargerMachineIsToldNothingMore() {
		assertThat(JitAdvice.line("17.0.15", 8, false, true, 4)).isEqualTo("JVM: Java 17.0.15, 8 cores");
	}

	@Test
	void theCurrentLineReadsTheFlagsThisJvmRunsWith() {
		boolean firstTier = ManagementFactory.getRuntimeMXBean()
			.getInputArguments()
			.stream()
			.anyMatch((argument) -> argument.matches("-XX:TieredStopAtLevel=[0-3]"));

		assertThat(JitAdvice.current()).startsWith("JVM: Java " + Runtime.version() + ", ")
			.satisfies((line) -> assertThat(line.contains("the JIT stops before its optimising compiler"))
				.isEqualTo(firstTier));
	}

}
