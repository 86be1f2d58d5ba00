package com.qincebridge.http;

/**
 * A failure that repeats on every try with the same input: the request or the
 * configuration must change first.
 */
public abstract class PermanentApiException extends ApiException {

	PermanentApiException(String endpoint, String message, Throwable cause) {
		super(endpoint, message, cause);
	}

}
