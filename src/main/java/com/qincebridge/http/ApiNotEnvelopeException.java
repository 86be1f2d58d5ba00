package com.qincebridge.http;

import org.jspecify.annotations.Nullable;

/**
 * The server answered 2xx with a body that is not the API's envelope at all: an HTML page
 * from a gateway or firewall in front of the API, a body cut short, an empty body, JSON
 * without the envelope's fields. The API did not say anything, so this is no refusal: it
 * is retried like an HTTP 5xx. Whether the server acted on the request is unknown, as
 * after a transport failure.
 */
public final class ApiNotEnvelopeException extends TransientApiException {

	public ApiNotEnvelopeException(String endpoint, String message, @Nullable Throwable cause) {
		super(endpoint, message, cause);
	}

}
