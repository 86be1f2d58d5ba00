package com.qincebridge.prepayment;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.qincebridge.qince.PrepaymentExtField;
import com.qincebridge.qince.PrepaymentVariant;
import org.jspecify.annotations.Nullable;

/**
 * One line of finance's prepayment file, read leniently (trimmed, empty is absent) and
 * checked strictly: {@link #read} throws {@link IllegalArgumentException} naming the
 * field and the problem.
 */
record ApplyFileRow(int line, String action, PrepaymentVariant variant, @Nullable String code, @Nullable String name,
		@Nullable String account, @Nullable String remark, @Nullable String activityCode, @Nullable String activityCmId,
		@Nullable BigDecimal amount, List<PrepaymentExtField> extFields, @Nullable String erpDetailId,
		@Nullable String reverseTime) {

	static final String HEADER = "action,variant,code,name,account,remark,activity_code,activity_cm_id,amount,"
			+ "ext_fields,erp_detail_id,reverse_time";

	static final int FIELDS = HEADER.split(",").length;

	/** How Qince writes times ("2023-06-06 14:44:42"); a reverse_time must be one. */
	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss")
		.withResolverStyle(ResolverStyle.STRICT);

	static ApplyFileRow read(int line, List<String> fields) {
		if (fields.size() != FIELDS) {
			throw new IllegalArgumentException(
					"expected " + FIELDS + " fields (" + HEADER + "), found " + fields.size());
		}
		String action = required(fields, 0, "action").toUpperCase(Locale.ROOT);
		if (!action.equals("ADD") && !action.equals("REVERSE")) {
			throw new IllegalArgumentException("action must be ADD or REVERSE: \"" + action + "\"");
		}
		PrepaymentVariant variant = variant(required(fields, 1, "variant"));
		String code = limited(fields, 2, "code", 32);
		if (action.equals("REVERSE")) {
			return new ApplyFileRow(line, action, variant, required(fields, 2, "code"), null,
					required(fields, 4, "account"), null, null, null, null, List.of(), null,
					time(fields, 11, "reverse_time"));
		}
		String amount = required(fields, 8, "amount");
		BigDecimal value;
		try {
			value = new BigDecimal(amount);
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("amount is not a decimal number: \"" + amount + "\"");
		}
		return new ApplyFileRow(line, action, variant, code, optional(fields, 3), optional(fields, 4),
				optional(fields, 5), required(fields, 6, "activity_code"), optional(fields, 7), value,
				extFields(optional(fields, 9)), limited(fields, 10, "erp_detail_id", 32), null);
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

	private static @Nullable String time(List<String> fields, int index, String name) {
		String value = optional(fields, index);
		if (value != null) {
			try {
				LocalDateTime.parse(value, TIME);
			}
			catch (DateTimeParseException ex) {
				throw new IllegalArgumentException(name + " must be a time yyyy-MM-dd HH:mm:ss: \"" + value + "\"");
			}
		}
		return value;
	}

	private static String required(List<String> fields, int index, String name) {
		String value = optional(fields, index);
		if (value == null) {
			throw new IllegalArgumentException(name + " is empty");
		}
		return value;
	}

	private static @Nullable String limited(List<String> fields, int index, String name, int limit) {
		String value = optional(fields, index);
		if (value != null && value.length() > limit) {
			throw new IllegalArgumentException(name + " is longer than " + limit + " characters: " + value.length());
		}
		return value;
	}

	private static @Nullable String optional(List<String> fields, int index) {
		String value = fields.get(index).strip();
		return value.isEmpty() ? null : value;
	}

}
