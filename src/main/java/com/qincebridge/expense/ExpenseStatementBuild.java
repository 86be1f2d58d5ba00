package com.qincebridge.expense;

import java.util.List;

import com.qincebridge.http.ApiJson;
import com.qincebridge.staging.StagedLine;
import com.qincebridge.statement.BuiltStatement;
import com.qincebridge.statement.ContentHash;
import com.qincebridge.statement.StatementBuilder;
import com.qincebridge.statement.StatementInput;
import com.qincebridge.statement.StatementKey;

/**
 * The build of a 费用对账单 with the mapping of one run ({@link ExpenseStatementBuilder}).
 */
final class ExpenseStatementBuild implements StatementBuilder {

	private final ExpenseMapping mapping;

	ExpenseStatementBuild(ExpenseMapping mapping) {
		this.mapping = mapping;
	}

	@Override
	public BuiltStatement build(StatementInput input) {
		StatementKey key = input.key();
		List<StagedLine> lines = input.lines();
		BuiltExpenseStatement built = ExpenseStatementBuilder.build(key.statementNo(), key.customerCode(),
				key.tradeMonth(), lines, this.mapping);
		String json = ApiJson.mapper().writeValueAsString(built.request());
		int trades = (built.request().trade() != null) ? built.request().trade().size() : 0;
		return new BuiltStatement(key, key.statementNo(), json, ContentHash.ofJson(json), null, null, built.total(),
				trades, BuiltStatement.refs(lines), null);
	}

	@Override
	public BuiltStatement invalid(StatementInput input, String reason) {
		return BuiltStatement.invalid(input.key(), input.lines(), null, null, reason);
	}

}
