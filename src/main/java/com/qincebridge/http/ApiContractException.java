package com.qincebridge.http;

import org.jspecify.annotations.Nullable;

/**
 * The server answered 2xx with a body that breaks the documented contract: not JSON, no
 * envelope, data of the wrong shape.
 */
public final class ApiContractException extends PermanentApiException {

	public ApiContractException(String endpoint, String message, @Nullable Throwable cause) {
		super(endpoint, message, cause);
	}

}
