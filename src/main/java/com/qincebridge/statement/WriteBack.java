package com.qincebridge.statement;

import com.qincebridge.erp.ErpBusinessType;

/**
 * One write-back to the ERP: the statement number as voucher_no on an order, or Qince's
 * statement id as third_id on a detail line.
 */
record WriteBack(ErpBusinessType businessType, Target target, String targetId, String value, String statementNo,
		String customerCode) {

	enum Target {

		/** update_voucher_no on an order id. */
		ORDER,

		/** update_third_id on a detail id. */
		DETAIL

	}

}
