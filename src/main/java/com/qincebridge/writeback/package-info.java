/**
 * Writing what each ERP document became back into zhixdl: update_voucher_no on each ERP
 * order and update_third_id on each ERP line of a verified statement, each recorded as
 * soon as zhixdl answered.
 */
@NullMarked
package com.qincebridge.writeback;

import org.jspecify.annotations.NullMarked;
