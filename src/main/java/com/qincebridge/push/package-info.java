/**
 * Qince's pushes (推送): the receiver at {@code POST /qince/push}, the stored pushes (the
 * table is the queue), the re-syncs the statement pushes ({@code ksf_statement},
 * {@code ksf_expense}) ask for, and the prepayment pushes handed to the prepayment
 * ledger. A push is verified (digest, timestamp window, shape of its data), stored by
 * msgId and digest before it is answered, and processed in the background, so the answer
 * never waits for a job.
 */
@NullMarked
package com.qincebridge.push;

import org.jspecify.annotations.NullMarked;
