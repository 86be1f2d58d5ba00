package com.qincebridge.staging;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.stream.Collectors;

import com.qincebridge.erp.ErpBusinessType;
import org.jspecify.annotations.Nullable;

/**
 * One line of the classification rules; a null value matches anything. See
 * {@link ClassificationRules} for the format.
 *
 * @param name the rule's name, {@code <source>:<line number>}
 */
record ClassificationRule(String name, @Nullable ErpBusinessType businessType, @Nullable String itemTypeCode,
		@Nullable String itemTypeNameContains, @Nullable String sourceCode, Sign sign, Category category) {

	static final String COLUMNS = "business_type, item_type_code, item_type_name_contains, source_code, sign, category";

	private static final int COLUMN_COUNT = 6;

	/**
	 * Parse one rule line (neither blank nor a comment).
	 * @throws IllegalArgumentException prefixed with the rule's name
	 */
	static ClassificationRule parse(String line, String name) {
		String[] columns = line.split(",", -1);
		if (columns.length != COLUMN_COUNT) {
			throw problem(name, "has " + columns.length + " columns, expected " + COLUMN_COUNT + " (" + COLUMNS + ")");
		}
		for (int i = 0; i < columns.length; i++) {
			columns[i] = columns[i].strip();
			if (columns[i].contains("*") && !columns[i].equals("*")) {
				throw problem(name, "\"" + columns[i] + "\": * matches a whole value and cannot be part of one");
			}
		}
		return new ClassificationRule(name, businessType(columns[0], name), wildcard(columns[1]), wildcard(columns[2]),
				wildcard(columns[3]), sign(columns[4], name), category(columns[5], name));
	}

	boolean matches(ErpBusinessType type, @Nullable String code, @Nullable String typeName, @Nullable String source,
			BigDecimal amount) {
		return (this.businessType == null || this.businessType == type)
				&& (this.itemTypeCode == null || this.itemTypeCode.equals(code))
				&& (this.itemTypeNameContains == null
						|| (typeName != null && typeName.contains(this.itemTypeNameContains)))
				&& (this.sourceCode == null || this.sourceCode.equals(source)) && this.sign.matches(amount);
	}

	private static @Nullable String wildcard(String value) {
		return (value.isEmpty() || value.equals("*")) ? null : value;
	}

	private static @Nullable ErpBusinessType businessType(String value, String name) {
		if (wildcard(value) == null) {
			return null;
		}
		try {
			return ErpBusinessType.valueOf(value);
		}
		catch (IllegalArgumentException ex) {
			throw problem(name, "unknown business type \"" + value + "\", expected one of "
					+ names(ErpBusinessType.values()) + " or *");
		}
	}

	private static Sign sign(String value, String name) {
		for (Sign sign : Sign.values()) {
			if (sign.symbol.equals(value) || (sign == Sign.ANY && value.isEmpty())) {
				return sign;
			}
		}
		throw problem(name, "unknown sign \"" + value + "\", expected +, -, 0 or *");
	}

	private static Category category(String value, String name) {
		if (wildcard(value) == null) {
			throw problem(name, "the category is required, one of " + names(Category.values()));
		}
		try {
			return Category.valueOf(value);
		}
		catch (IllegalArgumentException ex) {
			throw problem(name, "unknown category \"" + value + "\", expected one of " + names(Category.values()));
		}
	}

	private static String names(Enum<?>[] values) {
		return Arrays.stream(values).map(Enum::name).collect(Collectors.joining(", "));
	}

	private static IllegalArgumentException problem(String name, String problem) {
		return new IllegalArgumentException(name + ": " + problem);
	}

	/** The sign column: which amounts a rule matches. */
	enum Sign {

		POSITIVE("+"), NEGATIVE("-"), ZERO("0"), ANY("*");

		private final String symbol;

		Sign(String symbol) {
			this.symbol = symbol;
		}

		boolean matches(BigDecimal amount) {
			return switch (this) {
				case POSITIVE -> amount.signum() > 0;
				case NEGATIVE -> amount.signum() < 0;
				case ZERO -> amount.signum() == 0;
				case ANY -> true;
			};
		}

	}

}
