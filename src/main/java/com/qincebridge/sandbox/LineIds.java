package com.qincebridge.sandbox;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * The 19-digit ids of generated and added documents, unique by construction and decodable
 * without storage: {@code 19} + day (5 digits, days since 2000-01-01) + company (2) +
 * document type (1) + kind (1) + ordinal (8). Kinds: 0 a generated order, 1 a generated
 * detail line, 2 an added order, 3 an added detail line.
 */
final class LineIds {

	static final int GENERATED_ORDER = 0;

	static final int GENERATED_DETAIL = 1;

	static final int ADDED_ORDER = 2;

	static final int ADDED_DETAIL = 3;

	private static final long DAY_ZERO = LocalDate.of(2000, 1, 1).toEpochDay();

	private static final long MAX_ORDINAL = 100_000_000L;

	private LineIds() {
	}

	static String of(int company, ErpDocumentType type, LocalDate day, int kind, long ordinal) {
		if (ordinal < 0 || ordinal >= MAX_ORDINAL) {
			throw new IllegalArgumentException("ordinal out of range: " + ordinal);
		}
		StringBuilder id = new StringBuilder(19).append("19");
		pad(id, day.toEpochDay() - DAY_ZERO, 5);
		pad(id, company, 2);
		id.append(type.ordinal() + 1).append(kind);
		pad(id, ordinal, 8);
		return id.toString();
	}

	/** Append a non-negative number, left-padded with zeros to {@code width} digits. */
	static StringBuilder pad(StringBuilder text, long value, int width) {
		String digits = Long.toString(value);
		for (int i = digits.length(); i < width; i++) {
			text.append('0');
		}
		return text.append(digits);
	}

	/** The parts of an id, or null when it is no id of this scheme. */
	static @Nullable Parsed parse(String id) {
		if (id.length() != 19 || !id.startsWith("19") || !id.chars().allMatch(Character::isDigit)) {
			return null;
		}
		int typeIndex = id.charAt(9) - '1';
		if (typeIndex < 0 || typeIndex >= ErpDocumentType.values().length) {
			return null;
		}
		LocalDate day = LocalDate.ofEpochDay(DAY_ZERO + Long.parseLong(id.substring(2, 7)));
		int company = Integer.parseInt(id.substring(7, 9));
		return new Parsed(day, company, ErpDocumentType.values()[typeIndex], id.charAt(10) - '0',
				Long.parseLong(id.substring(11)));
	}

	record Parsed(LocalDate day, int company, ErpDocumentType type, int kind, long ordinal) {
	}

}
