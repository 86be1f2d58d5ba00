package com.qincebridge.prepayment;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.IntFunction;

import org.jspecify.annotations.Nullable;

import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Reads every row a Qince query returns for the run's {@link SyncWindow}, page by page
 * until a page is shorter than the page size. One reader per step execution: the job
 * declares it step-scoped, bound to the window of its run. On restart, it queries the
 * window again and uses the saved count of rows to skip those before the last restart
 * position (in a step of {@link com.qincebridge.support.ApiChunkSteps}, the last position
 * up to which every row's outcome is saved); the rows saved after it are read again,
 * which the ledger's upserts make harmless.
 */
final class QincePagesReader<T> extends AbstractItemCountingItemStreamItemReader<T> {

	private final IntFunction<List<T>> page;

	private final int pageSize;

	private @Nullable Iterator<T> rows;

	/**
	 * @param name the reader's name in the execution context
	 * @param page one page (from 1) of the query over the run's window
	 * @param pageSize the rows the query asks for per page
	 */
	QincePagesReader(String name, IntFunction<List<T>> page, int pageSize) {
		this.page = page;
		this.pageSize = pageSize;
		setName(name);
	}

	@Override
	protected void doOpen() {
		List<T> all = new ArrayList<>();
		for (int number = 1;; number++) {
			List<T> rows = this.page.apply(number);
			all.addAll(rows);
			if (rows.size() < this.pageSize) {
				break;
			}
		}
		this.rows = all.iterator();
	}

	@Override
	protected @Nullable T doRead() {
		return (this.rows != null && this.rows.hasNext()) ? this.rows.next() : null;
	}

	@Override
	protected void doClose() {
		this.rows = null;
	}

}
