package com.qincebridge.statement;

import com.qincebridge.http.InvalidRequestException;
import com.qincebridge.support.TradeMonthRun;
import org.jspecify.annotations.Nullable;

import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Builds one customer's statement from the staged lines of the whole month (a partial
 * re-sync reads fewer days from the ERP but always rebuilds whole months), with the
 * kind's builder. Customers outside the run's {@code customers} are filtered out. A value
 * over a field limit makes the statement INVALID with the reason instead of failing the
 * run. Made for one step execution.
 */
final class StatementBuildProcessor implements ItemProcessor<StatementInput, BuiltStatement> {

	private final StatementBuilder builder;

	private final TradeMonthRun run;

	StatementBuildProcessor(StatementBuilder builder, TradeMonthRun run) {
		this.builder = builder;
		this.run = run;
	}

	@Override
	public @Nullable BuiltStatement process(StatementInput input) {
		if (!this.run.includes(input.key().customerCode())) {
			return null;
		}
		try {
			return this.builder.build(input);
		}
		catch (InvalidRequestException ex) {
			return this.builder.invalid(input, ex.getMessage());
		}
	}

}
