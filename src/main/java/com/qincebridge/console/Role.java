package com.qincebridge.console;

/** What a console user may do. */
enum Role {

	/** Reads every page. */
	VIEWER,

	/** Reads every page and acts: resume, stop, start, re-run, close, reopen, upload. */
	OPERATOR

}
