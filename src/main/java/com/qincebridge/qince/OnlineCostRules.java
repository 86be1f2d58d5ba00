package com.qincebridge.qince;

import java.util.List;

import com.qincebridge.http.FieldLimits;

/**
 * The fields the online-cost tables require beyond the AP/CP ones, checked before
 * sending. A missing one is the usual {@code InvalidRequestException} with the field's
 * JSON path, such as {@code details[1].prepayment_amount}.
 */
final class OnlineCostRules {

	private OnlineCostRules() {
	}

	static void checkApply(String endpoint, PrepaymentApply apply) {
		FieldLimits.require(endpoint, "account", apply.account());
		List<PrepaymentApplyDetail> details = (apply.details() != null) ? apply.details() : List.of();
		for (int i = 0; i < details.size(); i++) {
			FieldLimits.require(endpoint, "details[" + i + "].activity_cm_id", details.get(i).activityCmId());
			FieldLimits.require(endpoint, "details[" + i + "].prepayment_amount", details.get(i).prepaymentAmount());
		}
	}

	static void checkDetailQuery(String endpoint, PrepaymentDetailQuery query) {
		FieldLimits.require(endpoint, "prepayment_code", query.prepaymentCode());
	}

	static void checkExtUpdate(String endpoint, PrepaymentExtUpdate update) {
		FieldLimits.require(endpoint, "ext_list", update.extList());
	}

}
