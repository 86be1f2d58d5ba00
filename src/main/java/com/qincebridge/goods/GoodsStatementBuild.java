package com.qincebridge.goods;

import java.util.List;

import com.qincebridge.http.ApiJson;
import com.qincebridge.staging.StagedLine;
import com.qincebridge.statement.BuiltStatement;
import com.qincebridge.statement.ContentHash;
import com.qincebridge.statement.GoodsTotals;
import com.qincebridge.statement.StatementBuilder;
import com.qincebridge.statement.StatementKey;

/**
 * The build of a 货款对账单: the opening balance (ledger, imported, or zero), then
 * {@link GoodsStatementBuilder}.
 */
final class GoodsStatementBuild implements StatementBuilder {

	private final OpeningBalances openings;

	GoodsStatementBuild(OpeningBalances openings) {
		this.openings = openings;
	}

	@Override
	public BuiltStatement build(StatementKey key, List<StagedLine> lines) {
		OpeningBalances.Opening opening = opening(key);
		BuiltGoodsStatement built = GoodsStatementBuilder.build(key.statementNo(), key.customerCode(), key.tradeMonth(),
				opening.amount(), lines);
		String json = ApiJson.mapper().writeValueAsString(built.request());
		int trades = (built.request().trade() != null) ? built.request().trade().size() : 0;
		return new BuiltStatement(key, key.statementNo(), json, ContentHash.of(built.request()), built.totals(),
				opening.source(), BuiltStatement.sum(lines), trades, BuiltStatement.refs(lines), null);
	}

	@Override
	public BuiltStatement invalid(StatementKey key, List<StagedLine> lines, String reason) {
		// the totals stay right even when the request cannot be sent: the next month
		// opens
		// with this month's ending balance
		OpeningBalances.Opening opening = opening(key);
		GoodsTotals totals = GoodsStatementBuilder.totals(opening.amount(), lines);
		return BuiltStatement.invalid(key, lines, totals, opening.source(), reason);
	}

	private OpeningBalances.Opening opening(StatementKey key) {
		return this.openings.find(key.companyCode(), key.customerCode(), key.tradeMonth());
	}

}
