package com.qincebridge.sandbox;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a Qince operation answers, rendered into the envelope {@code {msg_id, return_code,
 * return_msg, response_data}} in the shapes the documents show: saves answer
 * {@code return_code} as the number 0, queries as the string "0" with
 * {@code response_data} a string holding the JSON rows; errors answer a number.
 *
 * @param code the return_code; 0 is success
 * @param codeAsText whether return_code is sent as a string
 * @param message return_msg, left out when null
 * @param data the rows as JSON text, when the answer has response_data
 * @param hasData whether the answer has response_data (possibly null)
 */
record QinceResult(int code, boolean codeAsText, @Nullable String message, @Nullable String data, boolean hasData) {

	/** A code of the documents' error examples: a required field is missing or bad. */
	static final int INVALID = 100608;

	/** The code of the documents' other error examples. */
	static final int FAILED = 1;

	static QinceResult saved() {
		return new QinceResult(0, false, null, null, false);
	}

	static QinceResult saved(String message) {
		return new QinceResult(0, false, message, null, false);
	}

	/** The reversal's answer: response_data null. */
	static QinceResult savedWithoutData() {
		return new QinceResult(0, false, "", null, true);
	}

	/** The custom-field update's answer: return_code "0", no data. */
	static QinceResult acknowledged() {
		return new QinceResult(0, true, "", null, false);
	}

	static QinceResult rows(ArrayNode rows) {
		return new QinceResult(0, true, "", Json.write(rows), true);
	}

	static QinceResult error(int code, String message) {
		return new QinceResult(code, false, message, null, false);
	}

	boolean isSuccess() {
		return this.code == 0;
	}

	String render(String msgId) {
		ObjectNode envelope = Json.object();
		envelope.put("msg_id", msgId);
		if (this.codeAsText) {
			envelope.put("return_code", Integer.toString(this.code));
		}
		else {
			envelope.put("return_code", this.code);
		}
		if (this.message != null) {
			envelope.put("return_msg", this.message);
		}
		if (this.hasData) {
			envelope.put("response_data", this.data);
		}
		return Json.write(envelope);
	}

}
