package com.qincebridge.erp;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One page of a document query, its paging numbers as zhixdl gave them. Pages are counted
 * from 1. The ERP pages a live table: documents added while pages are read shift later
 * pages, so a caller that must see every line compares what it read with
 * {@link #totalItems()} and reads again when they differ.
 *
 * @param totalItems lines matching the query, over all pages ({@code total_items})
 * @param totalPages pages at the query's limit ({@code total_pages}); 0 when nothing
 * matches
 * @param current this page's number ({@code current})
 * @param next the next page's number as given ({@code next}); equal to {@code current} on
 * the last page
 * @param before the previous page's number as given ({@code before})
 * @param first the first page's number as given ({@code first})
 * @param last the last page's number as given ({@code last})
 * @param limit lines per page as given ({@code limit})
 * @param rows this page's items in the order received, unreadable ones included
 */
public record ErpPage<T extends ErpLine>(int totalItems, int totalPages, int current, @Nullable Integer next,
		@Nullable Integer before, @Nullable Integer first, @Nullable Integer last, @Nullable Integer limit,
		List<ErpRow<T>> rows) {

	public ErpPage {
		rows = List.copyOf(rows);
	}

	/** Whether a page after this one exists: {@code current < totalPages}. */
	public boolean hasNextPage() {
		return this.current < this.totalPages;
	}

}
