package com.qincebridge.sandbox;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Iterator;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generator at a million lines. Measured on the development machine (2 cores, JDK 17,
 * default maximum heap of 6 GB): the heap retained halfway through, with the stream's
 * iterator held, is 3 to 4 KB above what it was before the walk began. The bound asserted
 * leaves room for GC noise and is still far below the hundreds of megabytes a million
 * stored lines would take. How fast it streams is {@link ErpDataSetBenchmarkTests}'.
 */
class ErpDataSetScaleTests {

	private static final long MILLION = 1_000_000;

	private static final long HEAP_BOUND = 16L * 1024 * 1024;

	// the size is approximate: a little over a million asks for at least a million lines
	private final ErpDataSet data = new ErpDataSet(DataSetSpec.defaults().withSize(1_050_000));

	@Test
	void aMillionLinesStreamInBoundedMemory() {
		long heapBefore = usedHeapAfterGc();
		Iterator<ErpDocumentLine> lines = this.data.lines().iterator();
		long count = 0;
		long heapHalfway = 0;
		BigDecimal total = BigDecimal.ZERO;
		while (lines.hasNext()) {
			total = total.add(lines.next().amount());
			if (++count == MILLION / 2) {
				heapHalfway = usedHeapAfterGc();
			}
		}
		System.out.printf("generator: %d lines, heap retained halfway %d KB, total %s%n", count,
				(heapHalfway - heapBefore) / 1024, total);
		assertThat(count).isBetween(MILLION, 1_100_000L);
		assertThat(heapHalfway - heapBefore).isLessThan(HEAP_BOUND);
	}

	@Test
	void aPageAtAnyOffsetCostsTheDaysAndThePageOnly() {
		LocalDate from = LocalDate.of(2025, 9, 1);
		LocalDate to = LocalDate.of(2025, 10, 31);
		long total = this.data.count("102", ErpDocumentType.FB_RECEIVABLE, from, to);
		int lastPage = (int) ((total + 99) / 100);
		ErpPager.Page last = ErpPager.page(this.data, "102", ErpDocumentType.FB_RECEIVABLE, from, to, 100, lastPage);
		assertThat(total).isGreaterThan(200_000);
		assertThat(last.totalItems()).isEqualTo(total);
		assertThat(last.lines()).hasSize((int) (total - (lastPage - 1) * 100L));
		assertThat(last.lines().get(last.lines().size() - 1).orderDate()).isEqualTo(to);
	}

	@Test
	void walkingEveryPageOfAQuarterMillionLinesGivesTheStreamsLinesAndTotals() {
		LocalDate from = LocalDate.of(2025, 9, 1);
		LocalDate to = LocalDate.of(2025, 10, 31);
		long read = 0;
		BigDecimal paged = BigDecimal.ZERO;
		ErpPager.Page page;
		int number = 0;
		do {
			page = ErpPager.page(this.data, "101", ErpDocumentType.FB_RECEIVABLE, from, to, 1000, ++number);
			read += page.lines().size();
			paged = page.lines().stream().map(ErpDocumentLine::amount).reduce(paged, BigDecimal::add);
		}
		while (!page.lines().isEmpty());
		BigDecimal streamed = this.data.lines("101", ErpDocumentType.FB_RECEIVABLE, from, to)
			.map(ErpDocumentLine::amount)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		assertThat(read).isEqualTo(page.totalItems()).isGreaterThan(250_000);
		assertThat(paged).isEqualByComparingTo(streamed);
	}

	private static long usedHeapAfterGc() {
		MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
		for (int i = 0; i < 3; i++) {
			System.gc();
		}
		return memory.getHeapMemoryUsage().getUsed();
	}

}
