package com.qincebridge.close;

import com.qincebridge.support.TradeMonthRun;
import org.jspecify.annotations.Nullable;

import org.springframework.batch.core.job.parameters.InvalidJobParametersException;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersValidator;
import org.springframework.stereotype.Component;

/**
 * Refuses to start or restart a statement job for a CLOSED month: a closed month's
 * statements are frozen until month-end-close reopens it. A month being closed again
 * (REOPENED) may run.
 */
@Component
public class ClosedMonthValidator implements JobParametersValidator {

	private final MonthCloses closes;

	ClosedMonthValidator(MonthCloses closes) {
		this.closes = closes;
	}

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
		var closed = this.closes.find(run.tradeMonth()).filter(MonthCloses.MonthClose::isClosed);
		if (closed.isPresent()) {
			throw new InvalidJobParametersException("Month " + closed.get().describe()
					+ ". Its statements are frozen; to change them, run: month-end-close --trade-month="
					+ run.tradeMonth() + " --reopen");
		}
	}

}
