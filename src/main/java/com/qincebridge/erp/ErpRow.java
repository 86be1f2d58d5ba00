package com.qincebridge.erp;

import java.util.List;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * One item of a query answer, kept whether or not it could be read: a bad item never
 * fails its page. Exactly one of these holds: {@link #line()} is set and
 * {@link #errors()} is empty, or the line is null and the errors say why.
 *
 * @param businessType the document type queried
 * @param rawJson the item's JSON text exactly as received, for staging and quarantine
 * @param line the item read as a line, or null when a field could not be read
 * @param errors what could not be read, in field order; empty when the line is set
 * @param detailId the detail line id as sent, even when the line is invalid, so that
 * quarantine can name the record; null only when the item has none
 */
public record ErpRow<T extends ErpLine>(ErpBusinessType businessType, String rawJson, @Nullable T line,
		List<FieldError> errors, @Nullable String detailId) {

	public ErpRow {
		errors = List.copyOf(errors);
		if ((line == null) == errors.isEmpty()) {
			throw new IllegalArgumentException("a row has either a line or errors: " + errors);
		}
	}

	/** Whether the item was read into a {@link #line()}. */
	public boolean isValid() {
		return this.line != null;
	}

	/** All errors in one sentence for a quarantine reason; empty when valid. */
	public String describeErrors() {
		return this.errors.stream().map(FieldError::toString).collect(Collectors.joining("; "));
	}

	/**
	 * A field that could not be read.
	 *
	 * @param field the JSON field name, such as {@code order_date}; {@code item} when the
	 * item itself is not a JSON object
	 * @param value the value as received (a string's content, other values as JSON), or
	 * null when the field was absent or null
	 * @param reason why it could not be read, such as "is missing"
	 */
	public record FieldError(String field, @Nullable String value, String reason) {

		@Override
		public String toString() {
			return this.field + " " + this.reason + ((this.value != null) ? ": \"" + this.value + "\"" : "");
		}

	}

}
