package com.qincebridge.prepayment;

import java.util.List;

import com.qincebridge.qince.PrepaymentApply;
import com.qincebridge.qince.PrepaymentReversal;
import com.qincebridge.qince.PrepaymentVariant;
import org.jspecify.annotations.Nullable;

/**
 * One thing the apply job does for a file: create a prepayment (its lines are file rows
 * sharing a code) or reverse one, or report rows that cannot be used.
 *
 * @param lines the file's line numbers this item comes from
 * @param variant the prepayment's variant; null only for an unusable row
 * @param code our deterministic prepayment code; null when it cannot be made
 * @param apply the prepayment to create, for an ADD
 * @param erpDetailIds for an ADD, the ERP payment detail id of each line (null when none)
 * @param reversal the reversal, for a REVERSE
 * @param problem why the rows cannot be used; nothing is sent then
 */
record ApplyItem(List<Integer> lines, @Nullable PrepaymentVariant variant, @Nullable String code,
		@Nullable PrepaymentApply apply, List<@Nullable String> erpDetailIds, @Nullable PrepaymentReversal reversal,
		@Nullable String problem) {

	static ApplyItem unusable(int line, @Nullable String code, String problem) {
		return new ApplyItem(List.of(line), null, code, null, List.of(), null, problem);
	}

	String action() {
		return (this.reversal != null) ? "REVERSE" : "ADD";
	}

}
