package com.qincebridge.push;

/**
 * Where a received push stands ({@code qince_push.state}).
 */
enum PushState {

	/** A push stored, waiting to be processed: the queue. */
	RECEIVED,

	/** A prepayment push stored by an earlier version; processed like RECEIVED. */
	STORED,

	/** A push of a data type the product does not use. */
	IGNORED,

	/** Its re-syncs were folded into another push's. */
	COALESCED,

	/** Its re-syncs completed; its prepayment is in the ledger as Qince lists it. */
	DONE,

	/** A re-sync failed or could not start, or the ledger could not show what it said. */
	FAILED

}
