package com.qincebridge.qince;

import com.qincebridge.http.Varchar;
import org.jspecify.annotations.Nullable;

/**
 * One page of queryStatement or queryExpenseStatement. Qince gives no page size or page
 * count: read pages from 1 until one comes back empty.
 *
 * @param customerCode only this customer, VARCHAR(100)
 * @param tradeMonth yyyy-MM, VARCHAR(32), required
 * @param pageNumber the page, from 1, VARCHAR(32)
 */
public record StatementQuery(@Varchar(100) @Nullable String customerCode,
		@Varchar(value = 32, required = true) String tradeMonth, @Varchar(32) @Nullable String pageNumber) {

	/** A page of every customer's statements of a month (yyyy-MM). */
	public static StatementQuery page(String tradeMonth, int pageNumber) {
		return new StatementQuery(null, tradeMonth, Integer.toString(pageNumber));
	}

}
