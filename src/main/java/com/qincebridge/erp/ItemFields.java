package com.qincebridge.erp;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import com.qincebridge.erp.ErpRow.FieldError;

/**
 * Reads the fields of one answer item leniently: strings, numbers and booleans all become
 * text, numbers without losing a digit; null, absent and blank texts become null. What
 * cannot be read is recorded as a {@link FieldError} instead of thrown. A required field
 * that is missing or malformed yields a placeholder; callers discard the line whenever
 * {@link #errors()} is not empty, so placeholders never escape.
 */
final class ItemFields {

	static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
		.withResolverStyle(ResolverStyle.STRICT);

	static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss")
		.withResolverStyle(ResolverStyle.STRICT);

	private final JsonNode item;

	private final List<FieldError> errors = new ArrayList<>();

	ItemFields(JsonNode item) {
		this.item = item;
	}

	/** The field as text, or null when absent, null or blank. */
	@Nullable String text(String field) {
		JsonNode node = this.item.get(field);
		if (node == null || node.isNull()) {
			return null;
		}
		if (node.isContainer()) {
			reject(field, node, "is " + (node.isArray() ? "an array" : "an object") + ", not a text or number");
			return null;
		}
		String text = scalarText(node);
		return text.isBlank() ? null : text;
	}

	/** The field as text; records an error when it is absent or blank. */
	String requiredText(String field) {
		return required(field, "", (text) -> text, "");
	}

	/**
	 * A date sent as {@code yyyy-MM-dd} or {@code yyyy-MM-dd HH:mm:ss}, the time dropped.
	 */
	LocalDate requiredDate(String field) {
		return required(field, LocalDate.EPOCH, ItemFields::date, "is not a date as yyyy-MM-dd or yyyy-MM-dd HH:mm:ss");
	}

	/** A decimal sent as a string or a JSON number, its scale kept as sent. */
	BigDecimal requiredAmount(String field) {
		return required(field, BigDecimal.ZERO, ItemFields::decimal, "is not a decimal number");
	}

	/** What could not be read, in field order. */
	List<FieldError> errors() {
		return List.copyOf(this.errors);
	}

	boolean hasErrors() {
		return !this.errors.isEmpty();
	}

	private <V> V required(String field, V placeholder, Function<String, @Nullable V> parser, String malformed) {
		int errorsBefore = this.errors.size();
		String text = text(field);
		if (text == null) {
			if (this.errors.size() == errorsBefore) {
				JsonNode node = this.item.get(field);
				reject(field, node, (node == null || node.isNull()) ? "is missing" : "is empty");
			}
			return placeholder;
		}
		V value = parser.apply(text.strip());
		if (value == null) {
			reject(field, this.item.get(field), malformed);
			return placeholder;
		}
		return value;
	}

	private void reject(String field, @Nullable JsonNode node, String reason) {
		this.errors.add(new FieldError(field, (node != null && !node.isNull()) ? asReceived(node) : null, reason));
	}

	/** The value as the ERP sent it: a string's content, any other value's JSON text. */
	static String asReceived(JsonNode node) {
		return node.isString() ? node.stringValue() : node.toString();
	}

	private static String scalarText(JsonNode node) {
		if (node.isIntegralNumber()) {
			return node.bigIntegerValue().toString();
		}
		if (node.isNumber()) {
			return node.decimalValue().toPlainString();
		}
		return node.isString() ? node.stringValue() : node.asString();
	}

	private static @Nullable LocalDate date(String text) {
		try {
			return (text.length() > 10) ? LocalDateTime.parse(text, DATE_TIME).toLocalDate()
					: LocalDate.parse(text, DATE);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static @Nullable BigDecimal decimal(String text) {
		try {
			return new BigDecimal(text);
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
