/**
 * Qince's pushes (推送): the receiver at {@code POST /qince/push}, the stored pushes, and
 * the re-syncs the statement pushes ({@code ksf_statement}, {@code ksf_expense}) ask for.
 * A push is verified (digest), stored by msgId before it is answered, and processed in
 * the background, so the answer never waits for a job.
 */
@NullMarked
package com.qincebridge.push;

import org.jspecify.annotations.NullMarked;
