package com.qincebridge.statement;

import com.qincebridge.expense.BuiltExpenseStatement;
import com.qincebridge.goods.BuiltGoodsStatement;
import com.qincebridge.expense.ExpenseMapping;
import com.qincebridge.expense.ExpenseMappingSource;
import com.qincebridge.expense.ExpenseStatementBuilder;
import com.qincebridge.goods.GoodsStatementBuilder;
import com.qincebridge.goods.GoodsTotals;
import com.qincebridge.goods.OpeningBalances;

import java.math.BigDecimal;
import java.util.List;

import com.qincebridge.http.ApiJson;
import com.qincebridge.http.InvalidRequestException;
import com.qincebridge.staging.StagedLine;
import com.qincebridge.staging.StagingRepository;
import com.qincebridge.statement.BuiltStatement.LineRef;
import org.jspecify.annotations.Nullable;

import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Builds one customer's statement from the staged lines of the whole month (a partial
 * re-sync reads fewer days from the ERP but always rebuilds whole months). A value over a
 * field limit makes the statement INVALID with the reason instead of failing the run.
 */
final class StatementBuildProcessor implements ItemProcessor<StatementKey, BuiltStatement> {

	private final StagingRepository staging;

	private final OpeningBalances openings;

	private final ExpenseMappingSource expenseMapping;

	private @Nullable ExpenseMapping mapping;

	StatementBuildProcessor(StagingRepository staging, OpeningBalances openings, ExpenseMappingSource expenseMapping) {
		this.staging = staging;
		this.openings = openings;
		this.expenseMapping = expenseMapping;
	}

	@Override
	public BuiltStatement process(StatementKey key) {
		List<StagedLine> lines = this.staging.lines(key.companyCode(), key.customerCode(), key.tradeMonth().atDay(1),
				key.tradeMonth().atEndOfMonth(), key.kind().categories());
		List<LineRef> refs = lines.stream()
			.map((line) -> new LineRef(line.businessType(), line.detailId(), line.orderId(), line.amount()))
			.toList();
		String statementNo = key.statementNo();
		try {
			return switch (key.kind()) {
				case GOODS -> goods(key, statementNo, lines, refs);
				case EXPENSE -> expense(key, statementNo, lines, refs);
			};
		}
		catch (InvalidRequestException ex) {
			// the totals stay right even when the request cannot be sent: the next month
			// opens
			// with this month's ending balance
			GoodsTotals totals = null;
			String openingSource = null;
			if (key.kind() == StatementKind.GOODS) {
				OpeningBalances.Opening opening = this.openings.find(key.companyCode(), key.customerCode(),
						key.tradeMonth());
				totals = GoodsStatementBuilder.totals(opening.amount(), lines);
				openingSource = opening.source();
			}
			return new BuiltStatement(key, statementNo, "{}", ContentHash.of(ex.getMessage()), totals, openingSource,
					sum(lines), 0, refs, ex.getMessage());
		}
	}

	private BuiltStatement goods(StatementKey key, String statementNo, List<StagedLine> lines, List<LineRef> refs) {
		OpeningBalances.Opening opening = this.openings.find(key.companyCode(), key.customerCode(), key.tradeMonth());
		BuiltGoodsStatement built = GoodsStatementBuilder.build(statementNo, key.customerCode(), key.tradeMonth(),
				opening.amount(), lines);
		String json = ApiJson.mapper().writeValueAsString(built.request());
		GoodsTotals totals = built.totals();
		int trades = (built.request().trade() != null) ? built.request().trade().size() : 0;
		return new BuiltStatement(key, statementNo, json, ContentHash.of(built.request()), totals, opening.source(),
				sum(lines), trades, refs, null);
	}

	private BuiltStatement expense(StatementKey key, String statementNo, List<StagedLine> lines, List<LineRef> refs) {
		if (this.mapping == null) {
			this.mapping = this.expenseMapping.load();
		}
		BuiltExpenseStatement built = ExpenseStatementBuilder.build(statementNo, key.customerCode(), key.tradeMonth(),
				lines, this.mapping);
		String json = ApiJson.mapper().writeValueAsString(built.request());
		int trades = (built.request().trade() != null) ? built.request().trade().size() : 0;
		return new BuiltStatement(key, statementNo, json, ContentHash.of(built.request()), null, null, built.total(),
				trades, refs, null);
	}

	private static BigDecimal sum(List<StagedLine> lines) {
		return lines.stream().map(StagedLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

}
