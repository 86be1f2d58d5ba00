package com.qincebridge.qince;

/**
 * The two kinds of Qince prepayment. They share the shapes of add, reverse, list, details
 * and custom-field update, but each has its own operations, and the online-cost tables
 * require more fields. Their close records differ in shape, so those have a query each on
 * {@link QinceClient}.
 */
public enum PrepaymentVariant {

	/** 万能促销 AP/CP prepayments: addApply, reverseApply, queryList, … */
	AP_CP(QinceEndpoint.ADD_APPLY, QinceEndpoint.REVERSE_APPLY, QinceEndpoint.QUERY_LIST,
			QinceEndpoint.QUERY_DETAIL_LIST, QinceEndpoint.EXT_FIELD_UPDATE),

	/**
	 * 线上费用 online-cost prepayments: addOnlineCostApply, reverseOnlineCostApply,
	 * queryOnlineCostList, …, and extFiledUpdate in module cuxiaoOnLineCostPrepayment.
	 */
	ONLINE_COST(QinceEndpoint.ADD_ONLINE_COST_APPLY, QinceEndpoint.REVERSE_ONLINE_COST_APPLY,
			QinceEndpoint.QUERY_ONLINE_COST_LIST, QinceEndpoint.QUERY_ONLINE_COST_DETAIL_LIST,
			QinceEndpoint.ONLINE_COST_EXT_FIELD_UPDATE);

	final QinceEndpoint add;

	final QinceEndpoint reverse;

	final QinceEndpoint list;

	final QinceEndpoint details;

	final QinceEndpoint extUpdate;

	PrepaymentVariant(QinceEndpoint add, QinceEndpoint reverse, QinceEndpoint list, QinceEndpoint details,
			QinceEndpoint extUpdate) {
		this.add = add;
		this.reverse = reverse;
		this.list = list;
		this.details = details;
		this.extUpdate = extUpdate;
	}

	void checkApply(PrepaymentApply apply) {
		if (this == ONLINE_COST) {
			OnlineCostRules.checkApply(this.add.describe(), apply);
		}
	}

	void checkDetailQuery(PrepaymentDetailQuery query) {
		if (this == ONLINE_COST) {
			OnlineCostRules.checkDetailQuery(this.details.describe(), query);
		}
	}

	void checkExtUpdate(PrepaymentExtUpdate update) {
		if (this == ONLINE_COST) {
			OnlineCostRules.checkExtUpdate(this.extUpdate.describe(), update);
		}
	}

}
