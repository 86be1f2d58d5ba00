/**
 * The {@code expense} job, the monthly 费用对账单 (expense statements).
 * <p>
 * Input: zhixdl receivables (应收单) and payables (应付单) of the trade month, lines classified
 * EXPENSE by {@code jobs/classification-rules.csv}; trade types and custom fields from
 * {@code jobs/expense-mapping.properties}. Output: one expense statement per company,
 * customer and month in Qince (saveExpense), the ledger, and voucher_no / third_id
 * written back on the ERP documents. Parameters, skip and retry policy and restart
 * behaviour are those of the statement pipeline ({@link com.qincebridge.statement}); only
 * what a statement holds and the Qince endpoints (saveExpense, queryExpenseStatement,
 * saveExpenseError) differ.
 */
@NullMarked
package com.qincebridge.expense;

import org.jspecify.annotations.NullMarked;
