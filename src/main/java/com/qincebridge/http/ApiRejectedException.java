package com.qincebridge.http;

/**
 * The server understood the request and refused it: zhixdl {@code success=false} or a
 * status other than 00000, a Qince {@code return_code} other than 0. Not retried.
 */
public final class ApiRejectedException extends PermanentApiException {

	private final String code;

	private final String reason;

	public ApiRejectedException(String endpoint, String code, String reason) {
		super(endpoint, "rejected with code " + code + ": " + reason, null);
		this.code = code;
		this.reason = reason;
	}

	/** The code the server gave: a zhixdl status such as 00001, a Qince return_code. */
	public String code() {
		return this.code;
	}

	/** The server's message, as given. */
	public String reason() {
		return this.reason;
	}

}
