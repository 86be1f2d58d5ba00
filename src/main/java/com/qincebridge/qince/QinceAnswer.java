package com.qincebridge.qince;

import java.math.BigDecimal;
import java.util.List;

import com.qincebridge.http.ApiContractException;
import com.qincebridge.http.ApiJson;
import com.qincebridge.http.ApiNotEnvelopeException;
import com.qincebridge.http.ApiRejectedException;
import com.qincebridge.http.JsonPost;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;

/**
 * A successful Qince envelope {@code {msg_id, return_code, return_msg, response_data}}.
 * {@link #parse} accepts return_code as a number or a string and turns any code but 0
 * into {@link ApiRejectedException}, and a body that is no envelope into
 * {@link ApiNotEnvelopeException}; {@link #rows} reads response_data whether it holds the
 * data itself or a JSON string of it, and a response_data of the wrong shape is an
 * {@link ApiContractException}.
 *
 * @param endpoint the endpoint called, for errors
 * @param sentMsgId the msg_id we sent with this try
 * @param returnCode always {@code "0"}
 * @param returnMsg return_msg, if any
 * @param responseData response_data as received (possibly a string of JSON), if any
 */
record QinceAnswer(String endpoint, String sentMsgId, String returnCode, @Nullable String returnMsg,
		@Nullable JsonNode responseData) {

	private static final String SUCCESS = "0";

	/**
	 * Read an answer.
	 * @throws ApiNotEnvelopeException when the body is not JSON (an HTML page, a body cut
	 * short, an empty body) or not an envelope with a return_code: not Qince's answer
	 * @throws ApiRejectedException when the return_code is not 0
	 */
	static QinceAnswer parse(String endpoint, String sentMsgId, String body) {
		JsonNode envelope;
		try {
			envelope = ApiJson.mapper().readTree(body);
		}
		catch (JacksonException ex) {
			throw new ApiNotEnvelopeException(endpoint, "answer is not JSON: " + JsonPost.excerpt(body), ex);
		}
		if (envelope == null || !envelope.isObject()) {
			throw new ApiNotEnvelopeException(endpoint,
					(body.isBlank() ? "answer is empty" : "answer is not a JSON object") + ": "
							+ JsonPost.excerpt(body),
					null);
		}
		String code = returnCode(envelope.get("return_code"));
		if (code == null) {
			throw new ApiNotEnvelopeException(endpoint, "answer has no usable return_code: " + JsonPost.excerpt(body),
					null);
		}
		String message = text(envelope.get("return_msg"));
		if (!SUCCESS.equals(code)) {
			throw new ApiRejectedException(endpoint, code, (message != null) ? message : "");
		}
		return new QinceAnswer(endpoint, sentMsgId, code, message, envelope.get("response_data"));
	}

	QinceAck ack() {
		return new QinceAck(this.sentMsgId, this.returnCode, this.returnMsg);
	}

	/**
	 * The rows of a query: response_data as a list of {@code rowType}, empty when
	 * response_data is absent, null, blank or an empty list.
	 * @throws ApiContractException when it is not a list of such rows
	 */
	<T> List<T> rows(Class<T> rowType) {
		JsonNode data = data();
		if (data == null) {
			return List.of();
		}
		if (!data.isArray()) {
			throw contract(this.endpoint, "response_data is not a list", data.toString());
		}
		JavaType listType = ApiJson.mapper().getTypeFactory().constructCollectionType(List.class, rowType);
		try {
			return ApiJson.mapper().treeToValue(data, listType);
		}
		catch (JacksonException ex) {
			throw new ApiContractException(this.endpoint,
					"response_data rows are not " + rowType.getSimpleName() + ": " + ex.getOriginalMessage(), ex);
		}
	}

	private @Nullable JsonNode data() {
		JsonNode data = this.responseData;
		if (data != null && data.isString()) {
			String text = data.asString();
			data = text.isBlank() ? null : readJson(this.endpoint, text, "response_data");
		}
		return (data == null || data.isNull() || data.isMissingNode()) ? null : data;
	}

	private static @Nullable String returnCode(@Nullable JsonNode node) {
		if (node == null) {
			return null;
		}
		if (node.isNumber()) {
			BigDecimal number = node.decimalValue();
			return (number.signum() == 0) ? SUCCESS : number.stripTrailingZeros().toPlainString();
		}
		if (node.isString() && !node.asString().isBlank()) {
			return node.asString().strip();
		}
		return null;
	}

	private static @Nullable String text(@Nullable JsonNode node) {
		if (node == null || node.isNull()) {
			return null;
		}
		return node.isString() ? node.asString() : node.toString();
	}

	private static JsonNode readJson(String endpoint, String text, String what) {
		try {
			JsonNode node = ApiJson.mapper().readTree(text);
			if (node == null || node.isMissingNode()) {
				throw contract(endpoint, what + " is empty", text);
			}
			return node;
		}
		catch (JacksonException ex) {
			throw new ApiContractException(endpoint, what + " is not JSON: " + JsonPost.excerpt(text), ex);
		}
	}

	private static ApiContractException contract(String endpoint, String problem, String text) {
		return new ApiContractException(endpoint, problem + ": " + JsonPost.excerpt(text), null);
	}

}
