package com.qincebridge.qince;

import java.util.List;

import com.qincebridge.http.FieldLimits;
import com.qincebridge.http.Varchar;
import org.jspecify.annotations.Nullable;

/**
 * The fields the online-cost tables require beyond the AP/CP ones. Each check copies the
 * fields into a record that marks them required and lets {@link FieldLimits} judge it, so
 * the error is the usual {@code InvalidRequestException} with the field's JSON path, such
 * as {@code details[1].prepayment_amount}. The records are public because
 * {@link FieldLimits} reads them by reflection from its own package.
 */
final class OnlineCostRules {

	private OnlineCostRules() {
	}

	static void checkApply(String endpoint, PrepaymentApply apply) {
		List<RequiredDetail> details = (apply.details() != null) ? apply.details()
			.stream()
			.map((detail) -> new RequiredDetail(detail.activityCmId(), detail.prepaymentAmount()))
			.toList() : null;
		FieldLimits.check(endpoint, new RequiredApply(apply.account(), details));
	}

	static void checkDetailQuery(String endpoint, PrepaymentDetailQuery query) {
		FieldLimits.check(endpoint, new RequiredCode(query.prepaymentCode()));
	}

	static void checkExtUpdate(String endpoint, PrepaymentExtUpdate update) {
		boolean present = update.extList() != null && !update.extList().isEmpty();
		FieldLimits.check(endpoint, new RequiredList(present ? "present" : null));
	}

	public record RequiredApply(@Varchar(value = 100, required = true) @Nullable String account,
			@Nullable List<RequiredDetail> details) {
	}

	public record RequiredDetail(@Varchar(value = 100, required = true) @Nullable String activityCmId,
			@Varchar(value = 100, required = true) @Nullable String prepaymentAmount) {
	}

	public record RequiredCode(@Varchar(value = 32, required = true) @Nullable String prepaymentCode) {
	}

	// FieldLimits judges text only: the list stands in as a marker that is null when
	// empty
	public record RequiredList(@Varchar(value = Integer.MAX_VALUE, required = true) @Nullable String extList) {
	}

}
