package com.qincebridge.sandbox;

import com.qincebridge.http.ApiJson;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Lenient reading and plain writing of JSON trees with the product's shared mapper. */
final class Json {

	private Json() {
	}

	/** The tree of a text, or null when it is not JSON. */
	static @Nullable JsonNode parse(String text) {
		try {
			JsonNode node = ApiJson.mapper().readTree(text);
			return (node == null || node.isMissingNode()) ? null : node;
		}
		catch (JacksonException ex) {
			return null;
		}
	}

	/**
	 * A field as text: a string's content or a number's digits, stripped; null when
	 * absent, null, blank or a container.
	 */
	static @Nullable String text(@Nullable JsonNode node, String field) {
		JsonNode value = (node != null) ? node.get(field) : null;
		if (value == null || value.isNull() || value.isContainer()) {
			return null;
		}
		String text = value.isString() ? value.stringValue() : value.asString();
		return text.isBlank() ? null : text.strip();
	}

	/**
	 * A field as a positive int, sent as a number or a string; the fallback otherwise.
	 */
	static int positive(JsonNode node, String field, int fallback) {
		String text = text(node, field);
		try {
			int value = (text != null) ? Integer.parseInt(text) : fallback;
			return (value > 0) ? value : fallback;
		}
		catch (NumberFormatException ex) {
			return fallback;
		}
	}

	static ObjectNode object() {
		return ApiJson.mapper().createObjectNode();
	}

	static ArrayNode array() {
		return ApiJson.mapper().createArrayNode();
	}

	static String write(JsonNode node) {
		return ApiJson.mapper().writeValueAsString(node);
	}

}
