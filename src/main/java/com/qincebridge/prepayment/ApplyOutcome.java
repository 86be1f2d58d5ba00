package com.qincebridge.prepayment;

import org.jspecify.annotations.Nullable;

/**
 * What became of an {@link ApplyItem}, with the reason when there is one.
 */
record ApplyOutcome(ApplyItem item, ApplyRowOutcome outcome, @Nullable String reason) {

	static ApplyOutcome failed(ApplyItem item, String reason) {
		return new ApplyOutcome(item, ApplyRowOutcome.FAILED, reason);
	}

}
