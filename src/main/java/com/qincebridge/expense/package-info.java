/**
 * The 费用对账单 (expense statement): its mapping and builder, and the {@code expense} job.
 * <p>
 * <b>Job card ({@code expenseJob}, {@code run expense}).</b> Input: Qince's statement
 * customers and the zhixdl receivables (应收单) and payables (应付单) of the trade month, lines
 * classified EXPENSE by {@code jobs/classification-rules.csv}; trade types and custom
 * fields from {@code jobs/expense-mapping.properties}, read once per build step
 * execution. Output: one expense statement per company, customer and month in Qince
 * (saveExpense), the ledger, voucher_no / third_id written back on the ERP documents, and
 * a report per execution.
 * <p>
 * Parameters, steps, skip and retry policy and restart behaviour are those of the
 * {@code statement} job ({@link com.qincebridge.goods}): the same step factories, with
 * this job's own step-scoped beans and names ({@code expenseCustomersStep} …
 * {@code expenseWriteBackStep} → {@code expenseFinalCheckStep}, {@code expenseSendReader}
 * …); only what a statement holds and the Qince endpoints (saveExpense,
 * queryExpenseStatement, saveExpenseError) differ.
 */
@NullMarked
package com.qincebridge.expense;

import org.jspecify.annotations.NullMarked;
