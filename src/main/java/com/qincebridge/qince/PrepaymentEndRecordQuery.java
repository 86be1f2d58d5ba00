package com.qincebridge.qince;

import com.qincebridge.http.Varchar;
import org.jspecify.annotations.Nullable;

/**
 * One page of queryEndRecordList or queryOnlineCostEndRecordList (prepayment close
 * records). Every field is optional.
 *
 * @param startDate closed from, yyyy-MM-dd HH:mm:ss, VARCHAR(32)
 * @param endDate closed until, yyyy-MM-dd HH:mm:ss, VARCHAR(32)
 * @param prepaymentCode prepayment number, VARCHAR(32)
 * @param activityCode activity application number, VARCHAR(32)
 * @param endCode close record number
 * @param page page number from 1, VARCHAR(10)
 * @param rows page size, VARCHAR(10); Qince reads 1000 when absent
 */
public record PrepaymentEndRecordQuery(@Varchar(32) @Nullable String startDate, @Varchar(32) @Nullable String endDate,
		@Varchar(32) @Nullable String prepaymentCode, @Varchar(32) @Nullable String activityCode,
		@Nullable String endCode, @Varchar(10) @Nullable String page, @Varchar(10) @Nullable String rows) {

	/** A page of the records closed in a window. */
	public static PrepaymentEndRecordQuery closedBetween(String startDate, String endDate, int page, int rows) {
		return new PrepaymentEndRecordQuery(startDate, endDate, null, null, null, Integer.toString(page),
				Integer.toString(rows));
	}

}
