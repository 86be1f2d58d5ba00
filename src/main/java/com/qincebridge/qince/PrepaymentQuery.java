package com.qincebridge.qince;

import com.qincebridge.http.Varchar;
import org.jspecify.annotations.Nullable;

/**
 * One page of queryList or queryOnlineCostList. Times are yyyy-MM-dd HH:mm:ss; every
 * field is optional. Qince gives no page count: read pages until one has fewer than
 * {@code rows} rows.
 *
 * @param createFrom created from, VARCHAR(32)
 * @param createTo created until, VARCHAR(32)
 * @param modifyFrom modified from, VARCHAR(32)
 * @param modifyTo modified until, VARCHAR(32)
 * @param prepaymentCode prepayment number
 * @param activityCode activity application number
 * @param flowStatus 0 waiting, 1 approved, 2 sent back, 3 in approval
 * @param recentAuditFrom last approved from
 * @param recentAuditTo last approved until
 * @param page page number from 1, VARCHAR(10); Qince reads 1 when absent
 * @param rows page size, VARCHAR(10); Qince reads 1000 when absent
 */
public record PrepaymentQuery(@Varchar(32) @Nullable String createFrom, @Varchar(32) @Nullable String createTo,
		@Varchar(32) @Nullable String modifyFrom, @Varchar(32) @Nullable String modifyTo,
		@Nullable String prepaymentCode, @Nullable String activityCode, @Nullable String flowStatus,
		@Nullable String recentAuditFrom, @Nullable String recentAuditTo, @Varchar(10) @Nullable String page,
		@Varchar(10) @Nullable String rows) {

	/**
	 * The prepayment of one code, as the list reports it (one page of one row at most).
	 */
	public static PrepaymentQuery byCode(String prepaymentCode) {
		return new PrepaymentQuery(null, null, null, null, prepaymentCode, null, null, null, null, "1", "10");
	}

	/** A page of the prepayments modified in a window, for incremental sync. */
	public static PrepaymentQuery modifiedBetween(String modifyFrom, String modifyTo, int page, int rows) {
		return new PrepaymentQuery(null, null, modifyFrom, modifyTo, null, null, null, null, null,
				Integer.toString(page), Integer.toString(rows));
	}

}
