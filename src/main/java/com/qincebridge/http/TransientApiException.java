package com.qincebridge.http;

/**
 * A failure that may not happen again: I/O errors, timeouts, HTTP 5xx and 429, a 2xx
 * answer that is not the API's envelope (an HTML page, a truncated body). The client has
 * already retried it as often as its settings allow when a caller sees it.
 */
public abstract class TransientApiException extends ApiException {

	TransientApiException(String endpoint, String message, Throwable cause) {
		super(endpoint, message, cause);
	}

}
