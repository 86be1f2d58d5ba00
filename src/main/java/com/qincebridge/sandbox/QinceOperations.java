package com.qincebridge.sandbox;

import java.util.function.BiFunction;

import tools.jackson.databind.JsonNode;

/** Routes each Qince operation to the book that answers it. */
final class QinceOperations {

	private QinceOperations() {
	}

	static BiFunction<QinceOperation, JsonNode, QinceResult> of(StatementBook statements, PrepaymentBook prepayments,
			QinceCustomers customers) {
		return (operation, body) -> switch (operation) {
			case SAVE_STATEMENT -> statements.save(StatementKind.GOODS, body);
			case SAVE_STATEMENT_ERROR -> statements.logError(StatementKind.GOODS, body);
			case GET_CUSTOMERS -> customers.rows();
			case QUERY_STATEMENT -> statements.query(StatementKind.GOODS, body);
			case SAVE_EXPENSE -> statements.save(StatementKind.EXPENSE, body);
			case SAVE_EXPENSE_ERROR -> statements.logError(StatementKind.EXPENSE, body);
			case QUERY_EXPENSE_STATEMENT -> statements.query(StatementKind.EXPENSE, body);
			case ADD_APPLY -> prepayments.add(PrepaymentKind.AP_CP, body);
			case REVERSE_APPLY -> prepayments.reverse(PrepaymentKind.AP_CP, body);
			case QUERY_LIST -> prepayments.list(PrepaymentKind.AP_CP, body);
			case QUERY_DETAIL_LIST -> prepayments.details(PrepaymentKind.AP_CP, body);
			case EXT_FIELD_UPDATE -> prepayments.updateExt(PrepaymentKind.AP_CP, body);
			case QUERY_END_RECORD_LIST -> prepayments.endRecords(PrepaymentKind.AP_CP, body);
			case ADD_ONLINE_COST_APPLY -> prepayments.add(PrepaymentKind.ONLINE_COST, body);
			case REVERSE_ONLINE_COST_APPLY -> prepayments.reverse(PrepaymentKind.ONLINE_COST, body);
			case QUERY_ONLINE_COST_LIST -> prepayments.list(PrepaymentKind.ONLINE_COST, body);
			case QUERY_ONLINE_COST_DETAIL_LIST -> prepayments.details(PrepaymentKind.ONLINE_COST, body);
			case ONLINE_COST_EXT_FIELD_UPDATE -> prepayments.updateExt(PrepaymentKind.ONLINE_COST, body);
			case QUERY_ONLINE_COST_END_RECORD_LIST -> prepayments.endRecords(PrepaymentKind.ONLINE_COST, body);
		};
	}

}
