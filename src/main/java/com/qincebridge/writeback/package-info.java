/**
 * Writing what each ERP document became back into zhixdl: update_voucher_no on each ERP
 * order and update_third_id on each ERP line of a verified statement, each recorded as
 * soon as zhixdl answered. Provides the write-back step of the statement jobs
 * ({@code WriteBackSteps}).
 */
@NullMarked
package com.qincebridge.writeback;

import org.jspecify.annotations.NullMarked;
