package com.qincebridge.staging;

/**
 * What a staged ERP line is for the statements, as the classification rules decide.
 */
public enum Category {

	/** 出货: a sale on a 货款对账单, adding to zchje. */
	SHIPMENT,

	/** 退货: a return on a 货款对账单, its absolute amount adding to zthje. */
	RETURN,

	/** 缴款: money received on a 货款对账单 (refunds negative), adding to zjkje. */
	RECEIPT,

	/** 费用: a line of a 费用对账单. */
	EXPENSE,

	/** 预付款: a prepayment, for the prepayment jobs. */
	PREPAYMENT,

	/** On no statement, on purpose (for example a payable to a supplier). */
	IGNORE

}
