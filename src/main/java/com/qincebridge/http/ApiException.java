package com.qincebridge.http;

/**
 * A failed API call. Subclasses of {@link TransientApiException} may succeed when tried
 * again later; subclasses of {@link PermanentApiException} will not, whatever the number
 * of tries.
 */
public abstract class ApiException extends RuntimeException {

	private final String endpoint;

	ApiException(String endpoint, String message, Throwable cause) {
		super(endpoint + ": " + message, cause);
		this.endpoint = endpoint;
	}

	/**
	 * The endpoint that failed, such as {@code zhixdl FB_RECEIVABLE query} or
	 * {@code qince saveStatement}; never a URL, which may carry secrets.
	 */
	public String endpoint() {
		return this.endpoint;
	}

}
