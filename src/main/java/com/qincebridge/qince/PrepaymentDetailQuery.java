package com.qincebridge.qince;

import com.qincebridge.http.Varchar;
import org.jspecify.annotations.Nullable;

/**
 * One page of queryDetailList or queryOnlineCostDetailList.
 *
 * @param prepaymentCode the prepayment, VARCHAR(32); required for online cost
 * @param page page number from 1, VARCHAR(10)
 * @param rows page size, VARCHAR(10); Qince reads 1000 when absent
 */
public record PrepaymentDetailQuery(@Varchar(32) @Nullable String prepaymentCode, @Varchar(10) @Nullable String page,
		@Varchar(10) @Nullable String rows) {

	/** A page of one prepayment's lines. */
	public static PrepaymentDetailQuery of(String prepaymentCode, int page, int rows) {
		return new PrepaymentDetailQuery(prepaymentCode, Integer.toString(page), Integer.toString(rows));
	}

}
