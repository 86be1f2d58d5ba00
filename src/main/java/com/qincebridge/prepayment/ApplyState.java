package com.qincebridge.prepayment;

/**
 * Where an action of the apply job stands for a code ({@code prepayment_apply.state}),
 * each state committed on its own as soon as it is true (see {@link ApplyLog}).
 */
enum ApplyState {

	/** A create is about to be sent: whether it landed is asked of Qince. */
	PENDING,

	/** Created in Qince; its links (custom field, ERP third_id) are still to write. */
	ADDED,

	/** Created and linked: a later run of the file sends nothing for it. */
	LINKED,

	/** Reversed in Qince: a later run of the file sends nothing for it. */
	REVERSED,

	/** Refused by Qince, or impossible, with the reason. */
	FAILED

}
