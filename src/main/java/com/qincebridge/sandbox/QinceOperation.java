package com.qincebridge.sandbox;

import java.util.Arrays;
import java.util.Optional;

/**
 * The Qince operations the simulator serves, each under the module of its documented
 * address (the statement queries and the expense statement live in {@code ksfreport};
 * {@code extFiledUpdate}, typo included, exists in two modules). A request to an
 * operation under another module is answered HTTP 404.
 */
enum QinceOperation {

	SAVE_STATEMENT("ksfStatement", "saveStatement"),

	SAVE_STATEMENT_ERROR("ksfStatement", "saveStatementError"),

	GET_CUSTOMERS("ksfStatement", "getCustomers"),

	QUERY_STATEMENT("ksfreport", "queryStatement"),

	SAVE_EXPENSE("ksfreport", "saveExpense"),

	SAVE_EXPENSE_ERROR("ksfreport", "saveExpenseError"),

	QUERY_EXPENSE_STATEMENT("ksfreport", "queryExpenseStatement"),

	ADD_APPLY("cuxiaoPrepayment", "addApply"),

	REVERSE_APPLY("cuxiaoPrepayment", "reverseApply"),

	QUERY_LIST("cuxiaoPrepayment", "queryList"),

	QUERY_DETAIL_LIST("cuxiaoPrepayment", "queryDetailList"),

	EXT_FIELD_UPDATE("cuxiaoPrepayment", "extFiledUpdate"),

	QUERY_END_RECORD_LIST("cuxiaoPrepayment", "queryEndRecordList"),

	ADD_ONLINE_COST_APPLY("cuxiaoPrepayment", "addOnlineCostApply"),

	REVERSE_ONLINE_COST_APPLY("cuxiaoPrepayment", "reverseOnlineCostApply"),

	QUERY_ONLINE_COST_LIST("cuxiaoPrepayment", "queryOnlineCostList"),

	QUERY_ONLINE_COST_DETAIL_LIST("cuxiaoPrepayment", "queryOnlineCostDetailList"),

	ONLINE_COST_EXT_FIELD_UPDATE("cuxiaoOnLineCostPrepayment", "extFiledUpdate"),

	QUERY_ONLINE_COST_END_RECORD_LIST("cuxiaoPrepayment", "queryOnlineCostEndRecordList");

	private final String module;

	private final String operation;

	QinceOperation(String module, String operation) {
		this.module = module;
		this.operation = operation;
	}

	/** The endpoint's name in call counts and fault rules: {@code module/operation}. */
	String endpoint() {
		return this.module + "/" + this.operation;
	}

	static Optional<QinceOperation> of(String module, String operation) {
		return Arrays.stream(values())
			.filter((candidate) -> candidate.module.equals(module) && candidate.operation.equals(operation))
			.findFirst();
	}

}
