package com.qincebridge.writeback;

import com.qincebridge.erp.ErpBusinessType;

/**
 * One write-back to the ERP: the statement number as voucher_no on an order, or Qince's
 * statement id as third_id on a detail line.
 */
public record WriteBack(ErpBusinessType businessType, Target target, String targetId, String value, String statementNo,
		String customerCode) {

	public enum Target {

		/** update_voucher_no on an order id. */
		ORDER,

		/** update_third_id on a detail id. */
		DETAIL

	}

}
