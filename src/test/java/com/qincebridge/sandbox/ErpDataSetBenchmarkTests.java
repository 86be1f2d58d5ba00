package com.qincebridge.sandbox;

import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generator's speed, a benchmark and not part of the test suite (run it with
 * {@code -Dgroups=benchmark -Dsurefire.excludedGroups=} on a quiet machine). Measured on
 * the development machine (2 cores, JDK 17): the 1,039,540 lines of the spec stream in
 * 1.0 to 1.2 s.
 */
@Tag("benchmark")
class ErpDataSetBenchmarkTests {

	private static final long MILLION = 1_000_000;

	// the size is approximate: a little over a million asks for at least a million lines
	private final ErpDataSet data = new ErpDataSet(DataSetSpec.defaults().withSize(1_050_000));

	@Test
	void aMillionLinesStreamInUnderTwentySeconds() {
		long started = System.nanoTime();
		long count = this.data.lines().count();
		Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
		assertThat(count).isBetween(MILLION, 1_100_000L);
		assertThat(elapsed).isLessThan(Duration.ofSeconds(20));
	}

	@Test
	void theLastPageOfAQuarterMillionLinesTakesUnderHalfASecond() {
		LocalDate from = LocalDate.of(2025, 9, 1);
		LocalDate to = LocalDate.of(2025, 10, 31);
		long total = this.data.count("102", ErpDocumentType.FB_RECEIVABLE, from, to);
		int lastPage = (int) ((total + 99) / 100);
		long started = System.nanoTime();
		ErpPager.Page last = ErpPager.page(this.data, "102", ErpDocumentType.FB_RECEIVABLE, from, to, 100, lastPage);
		Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
		assertThat(last.totalItems()).isEqualTo(total);
		assertThat(elapsed).isLessThan(Duration.ofMillis(500));
	}

}
