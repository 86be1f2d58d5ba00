package com.qincebridge.writeback;

/**
 * What became of a write-back ({@code erp_writeback.state}), counted under
 * {@link #countKey()} in the write-back step's execution context for the report.
 */
public enum WriteBackState {

	/** zhixdl took it: never made again. */
	DONE,

	/** zhixdl refused it, with the reason. */
	FAILED;

	/** The key of this state's count in the write-back step's execution context. */
	public String countKey() {
		return "writeback." + name().toLowerCase(java.util.Locale.ROOT);
	}

}
