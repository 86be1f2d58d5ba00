package com.qincebridge.sandbox;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The zhixdl envelope {@code {success, status, message, data}}. Statuses 00001–00005 are
 * the documented ones; the documents give none for a bad business parameter value or an
 * unknown id, so the sandbox answers {@link #UNKNOWN_ID} for the latter.
 */
final class ErpEnvelope {

	static final String OK = "00000";

	static final String BAD_APP_KEY = "00001";

	static final String BAD_METHOD = "00002";

	static final String NO_VERSION = "00003";

	static final String NO_BUSINESS_TYPE = "00004";

	static final String NO_BUSINESS_PARAMS = "00005";

	/** An update named a document or detail the ERP does not have. */
	static final String UNKNOWN_ID = "10001";

	private ErpEnvelope() {
	}

	static Answer success(JsonNode data) {
		ObjectNode envelope = Json.object();
		envelope.put("success", true);
		envelope.put("status", OK);
		envelope.put("message", "接口请求成功!");
		envelope.set("data", data);
		return Answer.json(Json.write(envelope));
	}

	/** A refusal, data an empty array as in the documented failure example. */
	static Answer failure(String status, String message) {
		return failure(200, status, message);
	}

	static Answer failure(int httpStatus, String status, String message) {
		ObjectNode envelope = Json.object();
		envelope.put("success", false);
		envelope.put("status", status);
		envelope.put("message", message);
		envelope.putArray("data");
		return Answer.json(httpStatus, Json.write(envelope));
	}

}
