package com.qincebridge.http;

/**
 * The server answered with an HTTP status other than 2xx, 429 and 5xx (a wrong path, a
 * rejected IP, a body it could not read).
 */
public final class ApiHttpStatusException extends PermanentApiException {

	private final int httpStatus;

	ApiHttpStatusException(String endpoint, int httpStatus, String bodyExcerpt) {
		super(endpoint, "HTTP " + httpStatus + " " + bodyExcerpt, null);
		this.httpStatus = httpStatus;
	}

	public int httpStatus() {
		return this.httpStatus;
	}

}
