/**
 * Writing what each ERP document became back into zhixdl: update_voucher_no on each ERP
 * order and update_third_id on each ERP line of a verified statement, the outcomes of the
 * calls that ended together recorded in one batch as soon as zhixdl answered. Provides
 * the write-back step of the statement jobs ({@code WriteBackSteps}).
 * <p>
 * One owner per ERP order: an order holding goods lines (shipments, returns, receipts)
 * carries the number of its 货款对账单 (HK…) in voucher_no, even when some of its lines are
 * expenses; a 费用对账单 (FY…) stamps voucher_no only on orders of expense lines alone
 * ({@code WantedWriteBacks} decides). Each line's third_id is the Qince id of the
 * statement the line is in.
 */
@NullMarked
package com.qincebridge.writeback;

import org.jspecify.annotations.NullMarked;
