package com.qincebridge.send;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

import com.qincebridge.qince.StatementStatus;
import org.jspecify.annotations.Nullable;

import org.springframework.scheduling.concurrent.CustomizableThreadFactory;

/**
 * Reads every page of what Qince lists for a month (queryStatement or
 * queryExpenseStatement), the pages after the first several at a time, with the result of
 * reading them one after another: the pages' statements in page order, each statement id
 * once, up to the first page that brings nothing new (an empty page, or one repeating
 * what was read), and the failure of the first page before it that failed.
 * <p>
 * Qince's answer is a bare list: no total, no page count, no page size (and nothing says
 * that a page shorter than the first is the last), so the end is known only from a page
 * that brings nothing new. The pages read at once are sized from what is expected: the
 * statements the ledger holds for the kind and month, in pages of the first page's size,
 * plus the page that should end the list; when Qince lists more than that, the next
 * {@code concurrency} pages. A page read past the end is a read-only call whose answer
 * (or failure) is not used. Each wave is waited for in full, so no call outlives the
 * reading unless the reading thread is interrupted; the client's own limits (concurrency,
 * rate, retries) govern every call.
 */
final class QinceStatementPages {

	private static final ThreadFactory THREADS = threads();

	private QinceStatementPages() {
	}

	private static ThreadFactory threads() {
		CustomizableThreadFactory threads = new CustomizableThreadFactory("qince-pages-");
		threads.setDaemon(true);
		return threads;
	}

	/**
	 * @param page reads one page, numbered from 1; thread-safe
	 * @param expected how many statements Qince is expected to list
	 * @param concurrency the most pages read at once
	 * @param maxPages the last page read, however long the list
	 */
	static List<StatementStatus> listAll(IntFunction<List<StatementStatus>> page, long expected, int concurrency,
			int maxPages) {
		List<StatementStatus> all = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		List<StatementStatus> first = page.apply(1);
		if (!addFresh(first, seen, all)) {
			return all;
		}
		long expectedPages = (expected + first.size() - 1) / first.size();
		ExecutorService executor = Executors.newFixedThreadPool(concurrency, THREADS);
		try {
			int next = 2;
			while (next <= maxPages) {
				// pages still expected to hold statements, and the one that ends the list
				long withRows = expectedPages - (next - 1);
				long wanted = (withRows >= 0) ? withRows + 1 : concurrency;
				int ahead = (int) Math.min(Math.min(wanted, concurrency), maxPages - next + 1);
				for (Future<List<StatementStatus>> read : readAtOnce(executor, page, next, ahead)) {
					if (!addFresh(result(read), seen, all)) {
						return all;
					}
				}
				next += ahead;
			}
			return all;
		}
		finally {
			executor.shutdownNow();
		}
	}

	private static boolean addFresh(@Nullable List<StatementStatus> rows, Set<String> seen, List<StatementStatus> all) {
		boolean fresh = false;
		if (rows != null) {
			for (StatementStatus status : rows) {
				if (seen.add(status.statementId())) {
					all.add(status);
					fresh = true;
				}
			}
		}
		return fresh;
	}

	/** Pages {@code from} to {@code from + count - 1}, each read or failed, in order. */
	private static List<Future<List<StatementStatus>>> readAtOnce(ExecutorService executor,
			IntFunction<List<StatementStatus>> page, int from, int count) {
		List<Callable<List<StatementStatus>>> reads = IntStream.range(from, from + count)
			.<Callable<List<StatementStatus>>>mapToObj((number) -> () -> page.apply(number))
			.toList();
		try {
			return executor.invokeAll(reads);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while reading Qince's statement pages", ex);
		}
	}

	/** A page's statements, or the failure it was read with. */
	private static List<StatementStatus> result(Future<List<StatementStatus>> read) {
		try {
			return read.get();
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			if (ex.getCause() instanceof Error error) {
				throw error;
			}
			throw new IllegalStateException(ex.getCause());
		}
		catch (InterruptedException ex) {
			// invokeAll returned: every call is done
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while reading Qince's statement pages", ex);
		}
	}

}
