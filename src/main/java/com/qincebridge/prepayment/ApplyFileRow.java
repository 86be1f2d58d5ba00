package com.qincebridge.prepayment;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.qincebridge.files.Cells;
import com.qincebridge.files.TableRow;
import com.qincebridge.qince.PrepaymentExtField;
import com.qincebridge.qince.PrepaymentVariant;
import org.jspecify.annotations.Nullable;

/**
 * One line of finance's prepayment file, read leniently (trimmed, empty is absent) and
 * checked strictly: {@link #read} throws {@link IllegalArgumentException} naming the
 * field, its column and the problem. Nothing is changed to make a value fit: an amount
 * with more decimals than Qince keeps, an impossible reverse time, a code that a
 * spreadsheet would take for a formula are refused, not rounded, guessed or sent.
 */
record ApplyFileRow(int line, String action, PrepaymentVariant variant, @Nullable String code, @Nullable String name,
		@Nullable String account, @Nullable String remark, @Nullable String activityCode, @Nullable String activityCmId,
		@Nullable BigDecimal amount, List<PrepaymentExtField> extFields, @Nullable String erpDetailId,
		@Nullable String reverseTime) {

	static final String HEADER = "action,variant,code,name,account,remark,activity_code,activity_cm_id,amount,"
			+ "ext_fields,erp_detail_id,reverse_time";

	static final List<String> COLUMNS = List.of(HEADER.split(","));

	/** Qince keeps amounts to the cent. */
	static final int AMOUNT_SCALE = 2;

	private static final int AMOUNT_INTEGER_DIGITS = 16;

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss")
		.withResolverStyle(ResolverStyle.STRICT);

	static ApplyFileRow read(TableRow row) {
		for (int i = COLUMNS.size(); i < row.cells().size(); i++) {
			if (!row.cell(i).isEmpty()) {
				throw new IllegalArgumentException("expected " + COLUMNS.size() + " fields (" + HEADER
						+ "), found a value in column " + TableRow.column(i));
			}
		}
		String action = required(row, "action").toUpperCase(Locale.ROOT);
		if (!action.equals("ADD") && !action.equals("REVERSE")) {
			throw new IllegalArgumentException("action must be ADD or REVERSE: \"" + action + "\"");
		}
		PrepaymentVariant variant = variant(required(row, "variant"));
		if (action.equals("REVERSE")) {
			return new ApplyFileRow(row.line(), action, variant, code(row, "code", 32, true), null,
					code(row, "account", 100, true), null, null, null, null, List.of(), null,
					time(optional(row, "reverse_time")));
		}
		return new ApplyFileRow(row.line(), action, variant, code(row, "code", 32, false), optional(row, "name"),
				code(row, "account", 100, false), optional(row, "remark"), code(row, "activity_code", 64, true),
				code(row, "activity_cm_id", 100, false), amount(required(row, "amount")),
				extFields(optional(row, "ext_fields")), code(row, "erp_detail_id", 32, false), null);
	}

	private static BigDecimal amount(String text) {
		BigDecimal value;
		try {
			value = new BigDecimal(text);
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("amount is not a decimal number: \"" + text + "\"");
		}
		if (value.stripTrailingZeros().scale() > AMOUNT_SCALE) {
			throw new IllegalArgumentException("amount " + text + " has more decimals than Qince keeps (" + AMOUNT_SCALE
					+ "); it is not rounded: correct it in the file");
		}
		if (value.precision() - value.scale() > AMOUNT_INTEGER_DIGITS) {
			throw new IllegalArgumentException("amount is too large: " + text);
		}
		return value;
	}

	private static @Nullable String time(@Nullable String text) {
		if (text == null) {
			return null;
		}
		try {
			return LocalDateTime.parse(text, TIME).format(TIME);
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException("reverse_time must be a time yyyy-MM-dd HH:mm:ss: \"" + text + "\"");
		}
	}

	private static PrepaymentVariant variant(String text) {
		try {
			return PrepaymentVariant.valueOf(text.toUpperCase(Locale.ROOT).replace('-', '_'));
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("variant must be AP_CP or ONLINE_COST: \"" + text + "\"");
		}
	}

	private static List<PrepaymentExtField> extFields(@Nullable String text) {
		List<PrepaymentExtField> fields = new ArrayList<>();
		if (text == null) {
			return fields;
		}
		for (String pair : text.split(";")) {
			int equals = pair.indexOf('=');
			if (equals <= 0) {
				throw new IllegalArgumentException("ext_fields must be name=value;name=value: \"" + text + "\"");
			}
			fields.add(new PrepaymentExtField(pair.substring(0, equals).strip(), pair.substring(equals + 1).strip()));
		}
		return fields;
	}

	/** A code: at most {@code limit} characters, never formula-looking text. */
	private static @Nullable String code(TableRow row, String name, int limit, boolean required) {
		String value = required ? required(row, name) : optional(row, name);
		if (value == null) {
			return null;
		}
		if (value.length() > limit) {
			throw new IllegalArgumentException(name + " is longer than " + limit + " characters: " + value.length());
		}
		if (Cells.looksLikeFormula(value)) {
			throw new IllegalArgumentException(
					name + " \"" + value + "\" looks like a spreadsheet formula (it starts with "
							+ describe(value.charAt(0)) + "); it is not sent to Qince as a code");
		}
		return value;
	}

	private static String describe(char first) {
		return switch (first) {
			case '\t' -> "a tab";
			case '\r' -> "a carriage return";
			default -> String.valueOf(first);
		};
	}

	static String required(TableRow row, String name) {
		String value = optional(row, name);
		if (value == null) {
			throw new IllegalArgumentException(name + " is empty");
		}
		return value;
	}

	static @Nullable String optional(TableRow row, String name) {
		String value = row.cell(COLUMNS.indexOf(name));
		return value.isEmpty() ? null : value;
	}

}
