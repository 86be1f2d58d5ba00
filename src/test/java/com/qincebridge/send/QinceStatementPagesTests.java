package com.qincebridge.send;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

import com.qincebridge.http.ApiRejectedException;
import com.qincebridge.qince.StatementStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The pages of a month's statements in Qince, read several at a time with the result of
 * reading them one after another: exactly which pages are asked for, which are asked for
 * at once, what is listed, and which failure fails the reading.
 */
class QinceStatementPagesTests {

	/**
	 * Qince's list of a month in pages of 3 (page numbers from 1), recording the calls.
	 */
	static class Listing implements IntFunction<List<StatementStatus>> {

		final List<StatementStatus> rows;

		final List<Integer> asked = Collections.synchronizedList(new ArrayList<>());

		final Map<Integer, RuntimeException> failing = new ConcurrentHashMap<>();

		final AtomicInteger inFlight = new AtomicInteger();

		final AtomicInteger mostInFlight = new AtomicInteger();

		/** When set, every page after the first waits here for the others of its wave. */
		CyclicBarrier together;

		Listing(int statements) {
			this.rows = IntStream.rangeClosed(1, statements).mapToObj(Listing::status).toList();
		}

		@Override
		public List<StatementStatus> apply(int page) {
			this.asked.add(page);
			this.mostInFlight.accumulateAndGet(this.inFlight.incrementAndGet(), Math::max);
			try {
				if (this.together != null && page > 1) {
					this.together.await(30, TimeUnit.SECONDS);
				}
				RuntimeException failure = this.failing.get(page);
				if (failure != null) {
					throw failure;
				}
				return this.rows.stream().skip((page - 1) * 3L).limit(3).toList();
			}
			catch (Exception ex) {
				if (ex instanceof RuntimeException runtime) {
					throw runtime;
				}
				throw new IllegalStateException(ex);
			}
			finally {
				this.inFlight.decrementAndGet();
			}
		}

		static StatementStatus status(int n) {
			return new StatementStatus("Q" + n, "HK" + n, "C" + n, null, null, null, null, null, "未确认", null, null,
					null, null);
		}

		List<String> ids(List<StatementStatus> listed) {
			return listed.stream().map(StatementStatus::statementId).toList();
		}

	}

	@Test
	void thePagesTheLedgerExpectsAndTheOneEndingTheListAreReadAtOnceAfterTheFirst() {
		Listing qince = new Listing(10);
		// pages 2 to 5 (the last one empty) all wait for each other: one after another
		// they would never pass
		qince.together = new CyclicBarrier(4);

		List<StatementStatus> listed = QinceStatementPages.listAll(qince, 10, 4, 10_000);

		assertThat(qince.ids(listed)).containsExactly("Q1", "Q2", "Q3", "Q4", "Q5", "Q6", "Q7", "Q8", "Q9", "Q10");
		assertThat(qince.asked.get(0)).isOne();
		assertThat(qince.asked).containsExactlyInAnyOrder(1, 2, 3, 4, 5);
		assertThat(qince.mostInFlight).hasValue(4);
	}

	@Test
	void aFullLastPageIsFollowedByTheEmptyOneAsOneAfterAnother() {
		Listing qince = new Listing(9);

		List<StatementStatus> listed = QinceStatementPages.listAll(qince, 9, 4, 10_000);

		assertThat(listed).hasSize(9);
		assertThat(qince.asked).containsExactlyInAnyOrder(1, 2, 3, 4);
	}

	@Test
	void noMoreThanTheConcurrencyIsReadAtOnce() {
		Listing qince = new Listing(40);

		List<StatementStatus> listed = QinceStatementPages.listAll(qince, 40, 4, 10_000);

		assertThat(qince.ids(listed)).isEqualTo(qince.ids(qince.rows));
		// page 1, then 2-5, 6-9, 10-13 and 14-15 (14 pages of 3 hold 40, page 15 ends it)
		assertThat(qince.asked).containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, 15).boxed().toList());
		assertThat(qince.mostInFlight.get()).isBetween(1, 4);
	}

	@Test
	void anEmptyMonthIsOnePage() {
		Listing qince = new Listing(0);

		assertThat(QinceStatementPages.listAll(qince, 25, 4, 10_000)).isEmpty();
		assertThat(qince.asked).containsExactly(1);
	}

	@Test
	void whenQinceListsMoreThanTheLedgerHoldsTheNextConcurrencyPagesAreReadAtOnce() {
		Listing qince = new Listing(10);

		List<StatementStatus> listed = QinceStatementPages.listAll(qince, 3, 4, 10_000);

		assertThat(qince.ids(listed)).isEqualTo(qince.ids(qince.rows));
		// page 1 (the 3 expected), page 2 (expected empty), then 3-6: page 5 is empty
		assertThat(qince.asked).containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6);
	}

	@Test
	void aPageRepeatingWhatWasReadEndsTheListAndNothingIsListedTwice() {
		Listing qince = new Listing(7) {
			@Override
			public List<StatementStatus> apply(int page) {
				// past the end, Qince answers its last page again
				return super.apply(Math.min(page, 3));
			}
		};

		List<StatementStatus> listed = QinceStatementPages.listAll(qince, 7, 4, 10_000);

		assertThat(qince.ids(listed)).containsExactly("Q1", "Q2", "Q3", "Q4", "Q5", "Q6", "Q7");
		assertThat(qince.asked).containsExactlyInAnyOrder(1, 2, 3, 3);
	}

	@Test
	void theFailureOfAPageBeforeTheEndFailsTheReading() {
		Listing qince = new Listing(10);
		ApiRejectedException refused = new ApiRejectedException("qince queryStatement", "1", "系统繁忙");
		qince.failing.put(3, refused);
		qince.failing.put(4, new IllegalStateException("later page"));

		assertThatThrownBy(() -> QinceStatementPages.listAll(qince, 10, 4, 10_000)).isSameAs(refused);
		assertThat(qince.asked).containsExactlyInAnyOrder(1, 2, 3, 4, 5);
	}

	@Test
	void theFailureOfAPagePastTheEndIsNotUsed() {
		Listing qince = new Listing(10);
		qince.failing.put(6, new IllegalStateException("past the end"));

		List<StatementStatus> listed = QinceStatementPages.listAll(qince, 3, 4, 10_000);

		assertThat(listed).hasSize(10);
		assertThat(qince.asked).containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6);
	}

	@Test
	void theFailureOfTheFirstPageFailsTheReadingAtOnce() {
		Listing qince = new Listing(10);
		IllegalStateException down = new IllegalStateException("down");
		qince.failing.put(1, down);

		assertThatThrownBy(() -> QinceStatementPages.listAll(qince, 10, 4, 10_000)).isSameAs(down);
		assertThat(qince.asked).containsExactly(1);
	}

	@Test
	void noPageAfterTheLastIsRead() {
		Listing qince = new Listing(30);

		assertThat(QinceStatementPages.listAll(qince, 30, 4, 5)).hasSize(15);
		assertThat(qince.asked).containsExactlyInAnyOrder(1, 2, 3, 4, 5);
	}

}
