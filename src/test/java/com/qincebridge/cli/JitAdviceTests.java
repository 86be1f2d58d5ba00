package com.qincebridge.cli;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What {@code check} says of the JVM: the first tier of the JIT advised on a small
 * machine that runs the optimising compiler, nothing more elsewhere.
 */
class JitAdviceTests {

	@Test
	void aSmallMachineWithTheOptimisingCompilerIsAdvisedTheFirstTier() {
		assertThat(JitAdvice.line("17.0.15", 2, List.of("-Dfile.encoding=UTF-8")))
			.isEqualTo("JVM: Java 17.0.15, 2 cores, the JIT's optimising compiler on: on so few cores it takes the"
					+ " CPU a month's calls need; run with JDK_JAVA_OPTIONS=-XX:TieredStopAtLevel=1"
					+ " (README, \"The JIT on a small machine\")");
	}

	@Test
	void theFirstTierIsNamedWhenItIsSet() {
		assertThat(JitAdvice.line("17.0.15", 2, List.of("-XX:TieredStopAtLevel=4", "-XX:TieredStopAtLevel=1")))
			.isEqualTo("JVM: Java 17.0.15, 2 cores, the JIT stops before its optimising compiler"
					+ " (-XX:TieredStopAtLevel=1)");
	}

	@Test
	void theLastTierSetCountsAndTheFourthIsTheOptimisingCompiler() {
		assertThat(JitAdvice.line("17.0.15", 4, List.of("-XX:TieredStopAtLevel=1", "-XX:TieredStopAtLevel=4")))
			.contains("the JIT's optimising compiler on")
			.contains("JDK_JAVA_OPTIONS=-XX:TieredStopAtLevel=1");
	}

	@Test
	void aLargerMachineIsToldNothingMore() {
		assertThat(JitAdvice.line("17.0.15", 8, List.of())).isEqualTo("JVM: Java 17.0.15, 8 cores");
	}

}
