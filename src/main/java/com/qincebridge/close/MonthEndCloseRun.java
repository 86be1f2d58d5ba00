package com.qincebridge.close;

import java.time.YearMonth;

import com.qincebridge.support.TradeMonthRun;

import org.springframework.batch.core.job.parameters.JobParameters;

/**
 * What one run of {@code month-end-close} closes, from its identifying job parameters:
 * {@code trade_month} (yyyy-MM), always the whole month, and {@code rerun} (a counter)
 * when a reopened month is closed again.
 */
public record MonthEndCloseRun(YearMonth tradeMonth) {

	/**
	 * Read the parameters of a job execution.
	 * @throws IllegalArgumentException naming the parameter that is missing or malformed
	 */
	public static MonthEndCloseRun of(JobParameters parameters) {
		return new MonthEndCloseRun(TradeMonthRun.of(parameters).tradeMonth());
	}

	/** The month as the statement jobs cover it: all of it, for all customers. */
	public TradeMonthRun wholeMonth() {
		return TradeMonthRun.wholeMonth(this.tradeMonth);
	}

	/** The identifying job parameters of this run; {@code rerun} only when above zero. */
	public JobParameters toJobParameters(long rerun) {
		return wholeMonth().toJobParameters(rerun);
	}

}
