package com.qincebridge.push;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The form fields of a push that the receiver uses, read leniently and checked for what
 * must be there.
 *
 * @param msgId msgId, the key that makes a second delivery a no-op
 * @param dataType dataType, such as {@code ksf_statement}
 * @param dataId dataId
 * @param data data (JSON), exactly as received (it is signed)
 * @param timestamp timestamp (epoch milliseconds), exactly as received (it is signed)
 * @param status status: 0 first delivery, 2 retry of a failed one
 * @param digest digest
 */
record PushForm(String msgId, String dataType, @Nullable String dataId, String data, String timestamp,
		@Nullable String status, String digest) {

	static final int MAX_MSG_ID = 64;

	/**
	 * Read the form.
	 * @throws IllegalArgumentException naming the field that is missing or malformed
	 */
	static PushForm of(Map<String, String> form) {
		String msgId = required(form, "msgId");
		if (msgId.length() > MAX_MSG_ID) {
			throw new IllegalArgumentException("msgId is longer than " + MAX_MSG_ID + " characters");
		}
		String timestamp = required(form, "timestamp");
		if (!timestamp.matches("\\d{1,15}")) {
			throw new IllegalArgumentException("timestamp is not epoch milliseconds");
		}
		String dataType = required(form, "dataType");
		if (dataType.length() > 64) {
			throw new IllegalArgumentException("dataType is longer than 64 characters");
		}
		String dataId = form.get("dataId");
		return new PushForm(msgId, dataType, (dataId != null && dataId.length() <= 64) ? dataId : null,
				required(form, "data"), timestamp, form.get("status"), required(form, "digest"));
	}

	private static String required(Map<String, String> form, String name) {
		String value = form.get(name);
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException(name + " is missing");
		}
		return value;
	}

}
