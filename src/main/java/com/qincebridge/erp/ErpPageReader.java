package com.qincebridge.erp;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import com.qincebridge.erp.ErpRow.FieldError;
import com.qincebridge.http.ApiContractException;
import com.qincebridge.http.ApiJson;

/**
 * Turns the {@code data} of a successful query answer into a page. The paging numbers
 * {@code total_items}, {@code total_pages} and {@code current} are needed to page safely
 * and their absence breaks the contract; every item becomes a row, readable or not. An
 * empty array as data (the shape of the documented failure answers) is an empty page.
 */
final class ErpPageReader {

	private ErpPageReader() {
	}

	static <T extends ErpLine> ErpPage<T> read(String endpoint, ErpBusinessType type, Class<T> lineType, String answer,
			JsonNode data, int requestedPage) {
		if (data.isArray() && data.isEmpty()) {
			return new ErpPage<>(0, 0, requestedPage, null, null, null, null, null, List.of());
		}
		if (!data.isObject()) {
			throw new ApiContractException(endpoint, "data is " + data.getNodeType() + ", not an object with items",
					null);
		}
		JsonNode items = data.get("items");
		if (items == null || !items.isArray()) {
			throw new ApiContractException(endpoint, "data.items is missing or not an array", null);
		}
		List<String> rawItems = RawItems.of(answer);
		if (rawItems.size() != items.size()) {
			throw new ApiContractException(endpoint,
					"data.items has " + items.size() + " items but " + rawItems.size() + " could be cut out", null);
		}
		List<ErpRow<T>> rows = new ArrayList<>(rawItems.size());
		for (int i = 0; i < rawItems.size(); i++) {
			rows.add(row(type, lineType, rawItems.get(i), items.get(i)));
		}
		return new ErpPage<>(requiredInt(endpoint, data, "total_items"), requiredInt(endpoint, data, "total_pages"),
				requiredInt(endpoint, data, "current"), optionalInt(data, "next"), optionalInt(data, "before"),
				optionalInt(data, "first"), optionalInt(data, "last"), optionalInt(data, "limit"), rows);
	}

	static <T extends ErpLine> ErpRow<T> row(ErpBusinessType type, Class<T> lineType, String raw) {
		return row(type, lineType, raw, ApiJson.mapper().readTree(raw));
	}

	/**
	 * A row from an item of the answer's tree (parsed once, with the answer) and its text
	 * as received.
	 */
	private static <T extends ErpLine> ErpRow<T> row(ErpBusinessType type, Class<T> lineType, String raw,
			JsonNode item) {
		if (!item.isObject()) {
			return new ErpRow<>(type, raw, null, List.of(new FieldError("item", raw, "is not a JSON object")), null);
		}
		ItemFields fields = new ItemFields(item);
		ErpLine line = type.read(fields);
		String detailId = new ItemFields(item).text(type.detailIdField());
		return new ErpRow<>(type, raw, (line != null) ? lineType.cast(line) : null, fields.errors(), detailId);
	}

	private static int requiredInt(String endpoint, JsonNode data, String field) {
		Integer value = optionalInt(data, field);
		if (value == null) {
			JsonNode node = data.get(field);
			throw new ApiContractException(endpoint,
					"data." + field + " is not an integer: " + ((node != null) ? node.toString() : "missing"), null);
		}
		return value;
	}

	private static @Nullable Integer optionalInt(JsonNode data, String field) {
		JsonNode node = data.get(field);
		if (node != null && node.isIntegralNumber() && node.canConvertToInt()) {
			return node.intValue();
		}
		if (node != null && node.isString()) {
			try {
				return Integer.valueOf(node.stringValue().strip());
			}
			catch (NumberFormatException ex) {
				return null;
			}
		}
		return null;
	}

}
