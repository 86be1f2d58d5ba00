package com.qincebridge.statement;

import java.util.List;
import java.util.Set;

import com.qincebridge.erp.ErpBusinessType;
import com.qincebridge.http.ApiJson;
import com.qincebridge.qince.ExpenseStatement;
import com.qincebridge.qince.GoodsStatement;
import com.qincebridge.qince.QinceAck;
import com.qincebridge.qince.QinceClient;
import com.qincebridge.qince.StatementErrorLog;
import com.qincebridge.qince.StatementQuery;
import com.qincebridge.qince.StatementStatus;
import com.qincebridge.staging.Category;

/**
 * What differs between the two statements Qince shows customers: the lines they hold, the
 * ERP documents those come from, the number prefix, and the Qince endpoints. Everything
 * else of the pipeline is shared.
 */
public enum StatementKind {

	/** 货款对账单: shipments, returns, receipts and balances. */
	GOODS("HK", "货款对账单", Set.of(Category.SHIPMENT, Category.RETURN, Category.RECEIPT),
			Set.of(ErpBusinessType.FB_RECEIVABLE, ErpBusinessType.FB_RECEIVE)),

	/** 费用对账单: expense trades, booked by the ERP as receivables or payables. */
	EXPENSE("FY", "费用对账单", Set.of(Category.EXPENSE), Set.of(ErpBusinessType.FB_RECEIVABLE, ErpBusinessType.FB_PAYABLE));

	private final String numberPrefix;

	private final String chineseName;

	private final Set<Category> categories;

	private final Set<ErpBusinessType> businessTypes;

	StatementKind(String numberPrefix, String chineseName, Set<Category> categories,
			Set<ErpBusinessType> businessTypes) {
		this.numberPrefix = numberPrefix;
		this.chineseName = chineseName;
		this.categories = categories;
		this.businessTypes = businessTypes;
	}

	public String numberPrefix() {
		return this.numberPrefix;
	}

	public String chineseName() {
		return this.chineseName;
	}

	/** The categories of staged lines a statement of this kind holds. */
	public Set<Category> categories() {
		return this.categories;
	}

	/** The ERP documents the extract must read for this kind. */
	public Set<ErpBusinessType> businessTypes() {
		return this.businessTypes;
	}

	/** Send a statement's stored request (saveStatement or saveExpense). */
	public QinceAck save(QinceClient qince, String contentJson) {
		return switch (this) {
			case GOODS -> qince.saveStatement(ApiJson.mapper().readValue(contentJson, GoodsStatement.class));
			case EXPENSE -> qince.saveExpense(ApiJson.mapper().readValue(contentJson, ExpenseStatement.class));
		};
	}

	/**
	 * One page of Qince's statements of a month (queryStatement or
	 * queryExpenseStatement).
	 */
	public List<StatementStatus> query(QinceClient qince, StatementQuery query) {
		return switch (this) {
			case GOODS -> qince.queryStatement(query);
			case EXPENSE -> qince.queryExpenseStatement(query);
		};
	}

	/**
	 * Log an error about a statement in Qince (saveStatementError or saveExpenseError).
	 */
	public QinceAck logError(QinceClient qince, StatementErrorLog error) {
		return switch (this) {
			case GOODS -> qince.saveStatementError(error);
			case EXPENSE -> qince.saveExpenseError(error);
		};
	}

}
