/**
 * Closing a month: the {@code month-end-close} job and the closed months.
 * <p>
 * <b>Job card ({@code month-end-close}).</b> Input: a trade month. Output: the month's
 * 货款对账单 and 费用对账单 built, sent, verified and written back (a new run of the
 * {@code statement} and {@code expense} jobs for the whole month, each with its own
 * report), then a {@code month_close} row: the month CLOSED with its totals (statements,
 * Σ ending balances, Σ expense amounts, statements not VERIFIED).
 * <p>
 * Parameters ({@link com.qincebridge.close.MonthEndCloseRun}, identifying, no
 * incrementer): {@code trade_month} (yyyy-MM), and {@code rerun} (a counter) when a
 * closed month is closed again after {@code --reopen}.
 * <p>
 * Steps: check (refuses a CLOSED month, {@link com.qincebridge.close.ClosedMonths}) →
 * statement (a JobStep running the statement job) → expense (a JobStep running the
 * expense job) → close.
 * <p>
 * What closed means: the month's ending balances are the next month's opening balances
 * (the statement job always reads them from the ledger), and they stay as closed: the
 * statement and expense jobs refuse to run for a CLOSED month, so nothing of it is built,
 * sent or written back again until {@code run month-end-close --reopen} reopens it
 * (recorded in {@code month_close}) and closes it again.
 * <p>
 * Skip and retry: those of the statement jobs; the close step has no items. Restart: the
 * steps that completed are not run again; a JobStep whose job failed resumes that same
 * job execution from its checkpoint (the job parameters it chose are kept in the step's
 * context).
 */
@NullMarked
package com.qincebridge.close;

import org.jspecify.annotations.NullMarked;
