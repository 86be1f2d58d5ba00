package com.qincebridge.prepayment;

/**
 * What became of a row of a prepayment file. APPLIED: the prepayment is in Qince and
 * linked. REVERSED. CREATED_NOT_LINKED: the prepayment is in Qince but a link (custom
 * field, ERP third_id) could not be written; the next run of the file writes it and never
 * creates the prepayment again. FAILED: nothing was done in Qince, with the reason.
 */
public enum ApplyRowOutcome {

	APPLIED, REVERSED, CREATED_NOT_LINKED, FAILED;

	/** Whether the row needs finance's attention. */
	public boolean needsAttention() {
		return this == CREATED_NOT_LINKED || this == FAILED;
	}

}
