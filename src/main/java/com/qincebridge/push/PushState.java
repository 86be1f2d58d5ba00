package com.qincebridge.push;

/**
 * Where a received push stands ({@code qince_push.state}).
 */
enum PushState {

	/** A statement push stored, its re-sync not yet run. */
	RECEIVED,

	/** A prepayment push, kept for the prepayment jobs. */
	STORED,

	/** A push of a data type the product does not use. */
	IGNORED,

	/** Its re-syncs were folded into another push's. */
	COALESCED,

	/** Its re-syncs completed. */
	DONE,

	/** A re-sync failed or could not start. */
	FAILED

}
