package com.qincebridge.qince;

/**
 * The Qince operations this client calls, each with the module of its 请求地址 line (the
 * statement queries live in {@code ksfreport}, not in {@code ksfStatement}).
 */
enum QinceEndpoint {

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

	QinceEndpoint(String module, String operation) {
		this.module = module;
		this.operation = operation;
	}

	String module() {
		return this.module;
	}

	/** The operation as spelled in the URL, typos included ({@code extFiledUpdate}). */
	String operation() {
		return this.operation;
	}

	/**
	 * The name used in errors and logs, such as {@code qince ksfStatement/saveStatement}.
	 */
	String describe() {
		return "qince " + this.module + "/" + this.operation;
	}

}
