package com.qincebridge.erp;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

import com.qincebridge.http.ApiContractException;
import com.qincebridge.http.ApiJson;
import com.qincebridge.http.ApiNotEnvelopeException;
import com.qincebridge.http.ApiRejectedException;
import com.qincebridge.http.JsonPost;

/**
 * The envelope every zhixdl answer shares, {@code {success, status, message, data}}: a
 * call succeeded when {@code success} is true and {@code status} is {@code 00000}. Text
 * taken from an answer into an exception has the app key blanked out, in case the ERP
 * echoes it.
 */
final class ErpEnvelope {

	static final String SUCCESS = "00000";

	private final String appKey;

	ErpEnvelope(String appKey) {
		this.appKey = appKey;
	}

	/**
	 * The {@code data} of a successful answer.
	 * @return the data, a missing node when the answer has none
	 * @throws ApiRejectedException when {@code success} is false or the status is not
	 * 00000, with that status and message
	 * @throws ApiNotEnvelopeException when the answer is not JSON (an HTML page, a body
	 * cut short, an empty body) or not the envelope: not zhixdl's answer, retried
	 */
	JsonNode open(String endpoint, String answer) {
		JsonNode root;
		try {
			root = ApiJson.mapper().readTree(answer);
		}
		catch (JacksonException ex) {
			throw notEnvelope(endpoint, "answer is not JSON (" + ex.getOriginalMessage() + ")", answer);
		}
		if (root == null || !root.isObject()) {
			throw notEnvelope(endpoint, answer.isBlank() ? "answer is empty" : "answer is not a JSON object", answer);
		}
		Boolean success = flag(root.get("success"));
		String status = status(root.get("status"));
		if (success == null || status == null) {
			throw notEnvelope(endpoint, "answer lacks the envelope's success and status", answer);
		}
		if (!success || !SUCCESS.equals(status)) {
			JsonNode message = root.path("message");
			String reason = message.isValueNode() ? ItemFields.asReceived(message) : "(no message)";
			throw new ApiRejectedException(endpoint, redact(status), redact(reason));
		}
		return root.path("data");
	}

	/**
	 * Checks that an update's answer says {@code data.result == "success"}.
	 * @param subject the id updated, such as {@code receivable_order_id 19725}
	 * @throws ApiRejectedException when the result is anything else, the result as code
	 * @throws ApiContractException when the answer carries no result
	 */
	void requireUpdated(String endpoint, String answer, String subject) {
		JsonNode result = open(endpoint, answer).path("result");
		if (!result.isValueNode() || result.isNull()) {
			throw contract(endpoint, subject + " was not confirmed updated: the answer has no data.result", answer);
		}
		String value = ItemFields.asReceived(result);
		if (!"success".equalsIgnoreCase(value.strip())) {
			throw new ApiRejectedException(endpoint, redact(value),
					subject + " was not updated: data.result is \"" + redact(value) + "\"");
		}
	}

	private ApiNotEnvelopeException notEnvelope(String endpoint, String problem, String answer) {
		return new ApiNotEnvelopeException(endpoint, redact(problem) + ": " + JsonPost.excerpt(redact(answer)), null);
	}

	private ApiContractException contract(String endpoint, String problem, String answer) {
		return new ApiContractException(endpoint, redact(problem) + ": " + JsonPost.excerpt(redact(answer)), null);
	}

	private String redact(String text) {
		return text.replace(this.appKey, "***");
	}

	private static @Nullable Boolean flag(@Nullable JsonNode node) {
		if (node != null && node.isBoolean()) {
			return node.booleanValue();
		}
		if (node != null && node.isString()) {
			String text = node.stringValue().strip();
			if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
				return Boolean.valueOf(text);
			}
		}
		return null;
	}

	private static @Nullable String status(@Nullable JsonNode node) {
		if (node != null && node.isIntegralNumber() && node.canConvertToInt()) {
			// a status sent as the number 5 means 00005
			return String.format("%05d", node.intValue());
		}
		if (node != null && node.isString() && !node.stringValue().isBlank()) {
			return node.stringValue().strip();
		}
		return null;
	}

}
