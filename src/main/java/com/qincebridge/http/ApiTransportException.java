package com.qincebridge.http;

import java.io.IOException;
import java.io.InterruptedIOException;

/**
 * The request or its answer was lost on the way: connection refused or reset, a connect
 * or read timeout. Whether the server acted on the request is unknown.
 */
public final class ApiTransportException extends TransientApiException {

	ApiTransportException(String endpoint, IOException cause) {
		super(endpoint, describe(cause), cause);
	}

	/** Whether the call ran out of time, as opposed to failing outright. */
	public boolean isTimeout() {
		return getCause() instanceof InterruptedIOException;
	}

	private static String describe(IOException cause) {
		String kind = (cause instanceof InterruptedIOException) ? "timed out" : "transport error";
		return kind + " (" + cause.getClass().getSimpleName() + ": " + cause.getMessage() + ")";
	}

}
