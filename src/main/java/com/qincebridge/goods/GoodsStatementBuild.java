package com.qincebridge.goods;

import java.util.List;
import java.util.Map;

import com.qincebridge.http.ApiJson;
import com.qincebridge.staging.StagedLine;
import com.qincebridge.statement.BuiltStatement;
import com.qincebridge.statement.ContentHash;
import com.qincebridge.statement.GoodsTotals;
import com.qincebridge.statement.StatementBuilder;
import com.qincebridge.statement.StatementInput;
import com.qincebridge.statement.StatementKey;

/**
 * The build of a 货款对账单: the opening balance (ledger, imported, or zero), then
 * {@link GoodsStatementBuilder}. The openings are read for a page of statements at once,
 * when its first statement is built. Made for one step execution.
 */
final class GoodsStatementBuild implements StatementBuilder {

	private final OpeningBalances openings;

	private Map<StatementKey, OpeningBalances.Opening> pageOpenings = Map.of();

	GoodsStatementBuild(OpeningBalances openings) {
		this.openings = openings;
	}

	@Override
	public BuiltStatement build(StatementInput input) {
		StatementKey key = input.key();
		List<StagedLine> lines = input.lines();
		OpeningBalances.Opening opening = opening(input);
		BuiltGoodsStatement built = GoodsStatementBuilder.build(key.statementNo(), key.customerCode(), key.tradeMonth(),
				opening.amount(), lines);
		String json = ApiJson.mapper().writeValueAsString(built.request());
		int trades = (built.request().trade() != null) ? built.request().trade().size() : 0;
		return new BuiltStatement(key, key.statementNo(), json, ContentHash.ofJson(json), built.totals(),
				opening.source(), BuiltStatement.sum(lines), trades, BuiltStatement.refs(lines), null);
	}

	@Override
	public BuiltStatement invalid(StatementInput input, String reason) {
		// the totals stay right even when the request cannot be sent: the next
		// month opens with this month's ending balance
		OpeningBalances.Opening opening = opening(input);
		GoodsTotals totals = GoodsStatementBuilder.totals(opening.amount(), input.lines());
		return BuiltStatement.invalid(input.key(), input.lines(), totals, opening.source(), reason);
	}

	private OpeningBalances.Opening opening(StatementInput input) {
		OpeningBalances.Opening opening = this.pageOpenings.get(input.key());
		if (opening == null) {
			this.pageOpenings = this.openings.find(input.page());
			opening = this.pageOpenings.get(input.key());
		}
		if (opening == null) {
			throw new IllegalStateException("not in its own page: " + input.key());
		}
		return opening;
	}

}
