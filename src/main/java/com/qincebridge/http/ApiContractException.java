package com.qincebridge.http;

import org.jspecify.annotations.Nullable;

/**
 * The server answered 2xx with the API's envelope, saying success, but the rest breaks
 * the documented contract: data of the wrong shape, a missing result. An answer that is
 * not the envelope at all is an {@link ApiNotEnvelopeException}, which is retried.
 */
public final class ApiContractException extends PermanentApiException {

	public ApiContractException(String endpoint, String message, @Nullable Throwable cause) {
		super(endpoint, message, cause);
	}

}
