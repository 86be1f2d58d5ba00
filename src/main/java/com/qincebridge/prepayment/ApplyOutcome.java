package com.qincebridge.prepayment;

import org.jspecify.annotations.Nullable;

/**
 * What became of an {@link ApplyItem}: APPLIED (the prepayment is in Qince, linked),
 * REVERSED, or FAILED with the reason.
 */
record ApplyOutcome(ApplyItem item, String outcome, @Nullable String reason) {

	static ApplyOutcome failed(ApplyItem item, String reason) {
		return new ApplyOutcome(item, "FAILED", reason);
	}

}
