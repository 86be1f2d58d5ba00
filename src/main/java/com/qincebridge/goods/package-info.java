/**
 * The 货款对账单 (goods-payment statement): its builder and totals, the opening balances, and
 * the {@code statement} job.
 * <p>
 * <b>Job card ({@code statement}).</b> Input: Qince's statement customers (getCustomers)
 * and the zhixdl receivables (应收单) and receipts (收款单) of the trade month, classified by
 * {@code jobs/classification-rules.csv}. Output: one 货款对账单 per company, customer and
 * month in Qince (saveStatement), the statement ledger, update_voucher_no (statement
 * number) on every ERP order and update_third_id (Qince statement id) on every ERP line
 * of a verified statement, and a report per execution in {@code run_report}.
 * <p>
 * Parameters (identifying, no incrementer): {@code trade_month} (yyyy-MM); optionally
 * {@code customers} (comma-separated codes) and {@code from}/{@code to} (yyyy-MM-dd) for
 * a partial re-sync, and {@code rerun} (a counter for a new run of a completed month).
 * <p>
 * Steps: customers → extract (day windows, concurrent) → build → Qince state → send
 * (concurrent) → verify → write back (concurrent).
 * <p>
 * Skip and retry: API calls are retried by the clients (I/O, timeouts, 5xx, 429, with
 * backoff); what still fails transiently fails the step. Permanent per-item failures do
 * not stop the run: unreadable or unclassified lines go to quarantine with the field and
 * reason, a statement over a field limit is kept INVALID with the reason, a statement
 * Qince rejects is logged in Qince (saveStatementError) and kept REJECTED, a write-back
 * zhixdl refuses is kept FAILED with the reason.
 * <p>
 * Restart: every step resumes from its last committed chunk. A send records its attempt
 * and Qince's modify_time of its copy before calling Qince, so a restart after a crash
 * between Qince's answer and the commit asks Qince (queryStatement) instead of sending
 * again, and sends again when Qince's copy did not change; write-backs already recorded
 * are never repeated; a statement Qince shows confirmed (已确认) is never overwritten.
 */
@NullMarked
package com.qincebridge.goods;

import org.jspecify.annotations.NullMarked;
