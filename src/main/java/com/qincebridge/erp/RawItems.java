package com.qincebridge.erp;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

import com.qincebridge.http.ApiJson;

/**
 * Cuts the elements of {@code data.items} out of an answer's text, each exactly as
 * received (spacing, number formats and escapes untouched), so that staging and
 * quarantine keep what the ERP sent rather than a re-serialization.
 */
final class RawItems {

	private RawItems() {
	}

	/**
	 * The JSON text of each element of {@code data.items}, in order.
	 * @param answer a whole answer that has already parsed as JSON
	 * @return the elements, or an empty list when there is no such array
	 */
	static List<String> of(String answer) {
		try (JsonParser parser = ApiJson.mapper().createParser(answer)) {
			if (parser.nextToken() != JsonToken.START_OBJECT || !seekProperty(parser, "data")
					|| parser.nextToken() != JsonToken.START_OBJECT || !seekProperty(parser, "items")
					|| parser.nextToken() != JsonToken.START_ARRAY) {
				return List.of();
			}
			List<String> items = new ArrayList<>();
			while (parser.nextToken() != JsonToken.END_ARRAY) {
				items.add(element(parser, answer));
			}
			return items;
		}
	}

	/**
	 * Moves to the value's start if the current object has the property; false if not.
	 */
	private static boolean seekProperty(JsonParser parser, String name) {
		while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
			if (name.equals(parser.currentName())) {
				return true;
			}
			parser.nextToken();
			parser.skipChildren();
		}
		return false;
	}

	private static String element(JsonParser parser, String answer) {
		if (parser.currentToken() == JsonToken.VALUE_STRING) {
			// a scalar is no valid item anyway; its JSON text names it well enough
			return ApiJson.mapper().writeValueAsString(parser.getString());
		}
		if (!parser.currentToken().isStructStart()) {
			return parser.getString();
		}
		int start = (int) parser.currentTokenLocation().getCharOffset();
		parser.skipChildren();
		int end = (int) parser.currentTokenLocation().getCharOffset() + 1;
		return answer.substring(start, end);
	}

}
