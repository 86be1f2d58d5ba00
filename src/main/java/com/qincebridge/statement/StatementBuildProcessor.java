package com.qincebridge.statement;

import java.util.List;

import com.qincebridge.http.InvalidRequestException;
import com.qincebridge.staging.StagedLine;
import com.qincebridge.staging.StagingRepository;
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
final class StatementBuildProcessor implements ItemProcessor<StatementKey, BuiltStatement> {

	private final StagingRepository staging;

	private final StatementBuilder builder;

	private final TradeMonthRun run;

	StatementBuildProcessor(StagingRepository staging, StatementBuilder builder, TradeMonthRun run) {
		this.staging = staging;
		this.builder = builder;
		this.run = run;
	}

	@Override
	public @Nullable BuiltStatement process(StatementKey key) {
		if (!this.run.includes(key.customerCode())) {
			return null;
		}
		List<StagedLine> lines = this.staging.lines(key.companyCode(), key.customerCode(), key.tradeMonth().atDay(1),
				key.tradeMonth().atEndOfMonth(), key.kind().categories());
		try {
			return this.builder.build(key, lines);
		}
		catch (InvalidRequestException ex) {
			return this.builder.invalid(key, lines, ex.getMessage());
		}
	}

}
