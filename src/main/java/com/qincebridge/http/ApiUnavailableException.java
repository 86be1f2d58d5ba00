package com.qincebridge.http;

/**
 * The server answered with HTTP 5xx or 429: it is failing or asks us to slow down.
 */
public final class ApiUnavailableException extends TransientApiException {

	private final int httpStatus;

	ApiUnavailableException(String endpoint, int httpStatus, String bodyExcerpt) {
		super(endpoint, "HTTP " + httpStatus + " " + bodyExcerpt, null);
		this.httpStatus = httpStatus;
	}

	public int httpStatus() {
		return this.httpStatus;
	}

}
