package com.qincebridge.sandbox;

/**
 * The two Qince prepayment variants; their codes share one namespace in the simulator.
 */
public enum PrepaymentKind {

	/** 万能促销 AP/CP: addApply, reverseApply, queryList, queryDetailList, … */
	AP_CP,

	/** 线上费用: addOnlineCostApply, reverseOnlineCostApply, queryOnlineCostList, … */
	ONLINE_COST

}
