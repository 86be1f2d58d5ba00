/**
 * The 货款对账单 (goods-payment statement): its builder and totals, the opening balances, and
 * the {@code statement} job.
 * <p>
 * <b>Job card ({@code statementJob}, {@code run statement}).</b> Input: Qince's statement
 * customers (getCustomers) and the zhixdl receivables (应收单) and receipts (收款单) of the
 * trade month, classified by {@code jobs/classification-rules.csv}. Output: one 货款对账单 per
 * company, customer and month in Qince (saveStatement), the statement ledger,
 * update_voucher_no (statement number) on every ERP order and update_third_id (Qince
 * statement id) on every ERP line of a verified statement, and a report per execution in
 * {@code run_report}.
 * <p>
 * Parameters ({@link com.qincebridge.support.TradeMonthRun}, identifying, no
 * incrementer): {@code trade_month} (yyyy-MM); optionally {@code customers}
 * (comma-separated codes) and {@code from}/{@code to} (yyyy-MM-dd) for a partial re-sync,
 * and {@code rerun} (a counter for a new run of a completed month). A month that
 * month-end-close closed is refused ({@link com.qincebridge.close.ClosedMonths}).
 * <p>
 * Steps: {@code statementCustomersStep} → {@code statementExtractStep} (day windows,
 * concurrent) → {@code statementQuarantineCheckStep} (fails the run when more than
 * {@code bridge.runs.max-quarantined-share} of the lines are quarantined) →
 * {@code statementBuildStep} → {@code statementQinceStateStep} →
 * {@code statementSendStep} (concurrent) → {@code statementVerifyStep} →
 * {@code statementWriteBackStep} (concurrent) → {@code statementFinalCheckStep} (fails
 * the run when a statement of its month and customers is still to be sent, is sent and
 * not listed by Qince, or a write-back of a verified one has no outcome). Each chunk
 * step's reader, processor and writer are {@code @StepScope} beans of this job
 * ({@code statementSendReader}, …), made from the job parameters for each step execution,
 * so runs of different months can run at once; the steps themselves are made by the
 * factories of the rooms they belong to ({@code StagingSteps},
 * {@code StatementBuildSteps}, {@code SendSteps}, {@code WriteBackSteps},
 * {@code FinalCheckSteps}).
 * <p>
 * Skip and retry: API calls are retried by the clients (I/O, timeouts, 5xx, 429, with
 * backoff, a fresh signature per attempt); what still fails transiently fails the step.
 * Permanent per-item failures do not stop the run and are kept as outcomes rather than
 * declared as Spring Batch skips: unreadable or unclassified lines go to quarantine with
 * the field and reason, a statement over a field limit is kept INVALID with the reason, a
 * statement Qince rejects is logged in Qince (saveStatementError) and kept REJECTED, a
 * write-back zhixdl refuses is kept FAILED with the reason. Why not Spring Batch's
 * skip/retry: each of these outcomes must be stored with its reason in our tables, and
 * the send and write-back items run concurrently and call APIs that must not be called
 * twice for one item (saveStatement, update_voucher_no, update_third_id), while Spring
 * Batch 6's fault-tolerant chunk scans a failed chunk item by item again (with open
 * issues in that scan mode), which would call them a second time; so those steps run in
 * the API steps' window ({@code support.ApiChunkSteps}), which records every outcome of
 * the calls made and fails the step on a transient failure only once they are recorded.
 * <p>
 * Restart: every step resumes from its last committed chunk (the readers page by a unique
 * sort key); the Qince-state, send, verify and write-back steps run again even when they
 * completed, reading only what is left, so that a run resumed after its final check
 * failed can complete. A send records its attempt and Qince's modify_time of its copy
 * before calling Qince, so a restart after a crash between Qince's answer and the commit
 * asks Qince (queryStatement) instead of sending again, and sends again when Qince's copy
 * did not change; write-backs already recorded are never repeated; a statement Qince
 * shows confirmed (已确认) is never overwritten. Chunks commit in READ COMMITTED so that
 * runs of different months do not deadlock.
 */
@NullMarked
package com.qincebridge.goods;

import org.jspecify.annotations.NullMarked;
