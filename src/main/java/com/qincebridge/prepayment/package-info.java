/**
 * Qince promotion prepayments (预付款): the local ledger, the pushes that update it, and the
 * {@code prepayment-sync} job.
 * <p>
 * <b>Job card ({@code prepayment-sync}).</b> Input: Qince's prepayments of both variants
 * (AP/CP 万能促销: queryList, queryDetailList, queryEndRecordList; online cost 线上费用:
 * queryOnlineCostList, queryOnlineCostDetailList, queryOnlineCostEndRecordList) modified
 * (or closed) in the run's window. Output: the ledger tables {@code prepayment},
 * {@code prepayment_line} (ext_data as JSON), {@code prepayment_end_record}, reversal
 * pairs linked ({@code reversal_of} / {@code reversed_by}), and the window's end in
 * {@code prepayment_sync_state}.
 * <p>
 * Parameters ({@link com.qincebridge.prepayment.PrepaymentSyncRun}; identifying, no
 * incrementer): {@code sync_to} (yyyy-MM-dd HH:mm:ss, the window's end; now when absent)
 * and {@code rerun} (a counter for a new run); not identifying: {@code full} (true: start
 * at {@code bridge.prepayment.sync-from} instead of the last window's end). The apply
 * job's are {@link com.qincebridge.prepayment.PrepaymentApplyRun}: {@code file} and
 * {@code rerun}.
 * <p>
 * Steps: window → AP/CP prepayments → online-cost prepayments → AP/CP close records →
 * online-cost close records → close (link reversals, save the window's end). Both window
 * ends are inclusive, so a prepayment changed in the second a window ends is read twice,
 * never missed. The two prepayment steps read the list on the step's thread and keep
 * {@code bridge.qince.max-concurrency} detail queries in flight (the in-flight window of
 * {@link com.qincebridge.support.ApiChunkSteps}), each prepayment saved as soon as its
 * lines are read.
 * <p>
 * Skip and retry: the client retries transient failures; what still fails fails the step,
 * once the prepayments in flight have ended and are saved. Nothing is skipped: every
 * write is an upsert of Qince's state.
 * <p>
 * Restart: the window is kept in the job's execution context; each step re-queries it and
 * resumes at its last restart position (every {@code bridge.prepayment.chunk-size}
 * prepayments, the last such that every prepayment before it is saved). The few saved
 * after it are read again: the queries only read, and the upserts make it harmless. The
 * window's end is saved only by the last step, so a failed run is read again by its
 * restart or by the next run.
 * <p>
 * <b>{@code prepayment-apply}.</b> The apply step keeps
 * {@code bridge.qince.max-concurrency} items (a prepayment to create and link, a
 * reversal) in flight, each item's result rows recorded as soon as it ends; the items of
 * one code go one after the other in the order of the file
 * ({@link com.qincebridge.prepayment.ApplyTurns}: a reversal of a prepayment the file
 * creates waits for the create, and is not sent when the create fails). A transient
 * failure fails the step once the items in flight have ended and are recorded. Its
 * restart leaves out the items whose rows have an outcome: a recorded outcome is never
 * applied again; only an item in flight when the run stopped is, and its
 * {@code prepayment_apply} state and the query by code keep it from being created twice.
 * A new run of a file replaces its result rows, a resumed run keeps those already
 * written.
 * <p>
 * Readers, processors and writers of both jobs are step-scoped beans of their job
 * configuration, bound to the run's window or {@code file}: two runs at once never share
 * one. Processors hold no state of their own, as they run on the window's threads.
 */
@NullMarked
package com.qincebridge.prepayment;

import org.jspecify.annotations.NullMarked;
