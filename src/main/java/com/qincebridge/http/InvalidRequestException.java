package com.qincebridge.http;

/**
 * A request that breaks the documented field limits; it was not sent. The message names
 * the field path (for example {@code trade[2].voucher_no}) and the value's length.
 */
public final class InvalidRequestException extends PermanentApiException {

	private final String field;

	InvalidRequestException(String endpoint, String field, String problem) {
		super(endpoint, field + " " + problem, null);
		this.field = field;
	}

	/** The JSON path of the offending field, such as {@code trade[2].voucher_no}. */
	public String field() {
		return this.field;
	}

}
