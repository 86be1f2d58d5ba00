package com.qincebridge.close;

import java.time.YearMonth;
import java.util.Optional;

import com.qincebridge.close.MonthCloses.MonthClose;
import com.qincebridge.support.TradeMonthRun;
import org.jspecify.annotations.Nullable;

import org.springframework.batch.core.job.parameters.InvalidJobParametersException;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersValidator;
import org.springframework.stereotype.Component;

/**
 * The one answer to "is this month closed": CLOSED by month-end-close and not reopened (a
 * month being closed again, REOPENED, is open). Used by the statement jobs, which refuse
 * to start or restart for a closed month (a closed month's statements are frozen), by
 * month-end-close's first step and by {@code run month-end-close}.
 */
@Component
public class ClosedMonths implements JobParametersValidator {

	private final MonthCloses closes;

	ClosedMonths(MonthCloses closes) {
		this.closes = closes;
	}

	/** The month's close record when the month is closed; empty when it is open. */
	public Optional<MonthClose> closed(YearMonth month) {
		return this.closes.find(month).filter(MonthClose::isClosed);
	}

	/** Refuses the parameters of a statement job run for a closed month. */
	@Override
	public void validate(@Nullable JobParameters parameters) throws InvalidJobParametersException {
		if (parameters == null) {
			throw new InvalidJobParametersException("job parameter trade_month (yyyy-MM) is required");
		}
		TradeMonthRun run;
		try {
			run = TradeMonthRun.of(parameters);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidJobParametersException(ex.getMessage());
		}
		Optional<MonthClose> closed = closed(run.tradeMonth());
		if (closed.isPresent()) {
			throw new InvalidJobParametersException("Month " + closed.get().describe()
					+ ". Its statements are frozen; to change them, run: month-end-close --trade-month="
					+ run.tradeMonth() + " --reopen");
		}
	}

}
