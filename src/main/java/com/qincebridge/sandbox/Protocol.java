package com.qincebridge.sandbox;

/**
 * One simulated API: names the endpoint of a request before anything is processed, so
 * that calls are counted and faults injected per endpoint, and then answers it.
 */
interface Protocol {

	Call open(Request request);

	/** One request of a simulated API. */
	interface Call {

		/**
		 * The endpoint, as {@code group/operation}: zhixdl {@code FB_RECEIVABLE/query},
		 * Qince {@code ksfStatement/saveStatement}.
		 */
		String endpoint();

		/** Process the request and answer it; the state changes happen here. */
		Answer answer();

		/**
		 * The API's own refusal (zhixdl success=false, Qince return_code), unprocessed.
		 */
		Answer businessError(String code, String message);

	}

}
