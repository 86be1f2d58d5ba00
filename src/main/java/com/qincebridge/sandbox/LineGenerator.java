package com.qincebridge.sandbox;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * Computes the generated lines without storing any. A (company, document type, day) group
 * has {@link #count} lines, drawn around the group's share of the spec's size; line
 * {@code j} of a group is a pure function of (seed, company, type, day, j). Lines are cut
 * into orders by blocks of five: each block of five consecutive lines is split into 1–5
 * orders by a hashed 4-bit mask of cut points, so the order of any line, and the lines of
 * any order, are found in constant time.
 */
final class LineGenerator {

	static final int BLOCK = 5;

	private static final long SALT_COUNT = 1;

	private static final long SALT_BLOCK = 2;

	private static final long SALT_ORDER = 3;

	private static final long SALT_LINE = 4;

	private final DataSetSpec spec;

	private final Customers customers;

	private final double[] meanPerGroup = new double[ErpDocumentType.values().length];

	LineGenerator(DataSetSpec spec, Customers customers) {
		this.spec = spec;
		this.customers = customers;
		double groups = (double) spec.companies() * spec.totalDays();
		for (ErpDocumentType type : ErpDocumentType.values()) {
			this.meanPerGroup[type.ordinal()] = spec.size() * type.share() / groups;
		}
	}

	/** The number of generated lines of a group; 0 outside the spec's months. */
	int count(int company, ErpDocumentType type, LocalDate day) {
		if (company < 1 || company > this.spec.companies() || !this.spec.covers(day)) {
			return 0;
		}
		long hash = Mix.of(this.spec.seed(), SALT_COUNT, company, type.ordinal(), day.toEpochDay());
		double mean = this.meanPerGroup[type.ordinal()];
		return (int) Math.floor(mean * (0.5 + Mix.unit(hash)) + Mix.unit(Mix.mix(hash)));
	}

	/** Line {@code j} of a group, {@code 0 <= j < count}. */
	ErpDocumentLine line(int company, ErpDocumentType type, LocalDate day, int j) {
		int block = j / BLOCK;
		int mask = cutMask(company, type, day, block);
		int orderInBlock = Integer.bitCount(mask & ((1 << (j % BLOCK)) - 1));
		long ordinal = (long) block * BLOCK + orderInBlock;
		long epochDay = day.toEpochDay();
		long orderHash = Mix.of(this.spec.seed(), SALT_ORDER, company, type.ordinal(), epochDay, ordinal);
		long lineHash = Mix.of(this.spec.seed(), SALT_LINE, company, type.ordinal(), epochDay, j);
		ErpItemType itemType = ErpItemType.pick(type, orderHash);
		String[] counterparty = counterparty(company, itemType, Mix.mix(orderHash));
		long cents = 100 + Mix.below(lineHash, 199_901);
		BigDecimal amount = BigDecimal.valueOf(cents * itemType.sign(), 2);
		long goodsHash = Mix.mix(lineHash);
		boolean numeric = Mix.unit(goodsHash) < 0.4;
		String goodsCode = numeric ? Long.toString(1010200800L + Mix.below(goodsHash, 500))
				: LineIds.pad(new StringBuilder("CS"), 1 + Mix.below(goodsHash, 120), 3).toString();
		return new ErpDocumentLine(type, itemType, LineIds.of(company, type, day, LineIds.GENERATED_ORDER, ordinal),
				orderCode(type, day, ordinal + 1), LineIds.of(company, type, day, LineIds.GENERATED_DETAIL, j),
				ErpNames.companyCode(company), ErpNames.companyName(company), counterparty[0], counterparty[1], day,
				amount, goodsCode, numeric, malformation(lineHash), lineHash);
	}

	/**
	 * The lines {@code [from, to)} of an order of a group, clipped to the group's count;
	 * null when the group has no such order.
	 */
	int @Nullable [] orderLines(int company, ErpDocumentType type, LocalDate day, long ordinal) {
		int count = count(company, type, day);
		int block = (int) (ordinal / BLOCK);
		int orderInBlock = (int) (ordinal % BLOCK);
		int mask = cutMask(company, type, day, block);
		if (orderInBlock > Integer.bitCount(mask)) {
			return null;
		}
		int from = -1;
		int to = BLOCK;
		for (int position = 0; position < BLOCK; position++) {
			int index = Integer.bitCount(mask & ((1 << position) - 1));
			if (index == orderInBlock && from < 0) {
				from = position;
			}
			else if (index > orderInBlock) {
				to = position;
				break;
			}
		}
		int first = block * BLOCK + from;
		int end = Math.min(block * BLOCK + to, count);
		return (first < end) ? new int[] { first, end } : null;
	}

	/** The code of an order, such as {@code YS-20250929-0009}. */
	static String orderCode(ErpDocumentType type, LocalDate day, String number) {
		StringBuilder code = new StringBuilder(24).append(type.codePrefix()).append('-').append(day.getYear());
		LineIds.pad(code, day.getMonthValue(), 2);
		LineIds.pad(code, day.getDayOfMonth(), 2);
		return code.append('-').append(number).toString();
	}

	private static String orderCode(ErpDocumentType type, LocalDate day, long number) {
		return orderCode(type, day, LineIds.pad(new StringBuilder(), number, 4).toString());
	}

	/** Bit i set: a new order starts after position i of the block. */
	private int cutMask(int company, ErpDocumentType type, LocalDate day, int block) {
		return Mix.below(Mix.of(this.spec.seed(), SALT_BLOCK, company, type.ordinal(), day.toEpochDay(), block), 16);
	}

	private String[] counterparty(int company, ErpItemType itemType, long hash) {
		if (itemType.withCustomer()) {
			ErpCustomer customer = this.customers.of(company).get(Mix.below(hash, this.spec.customersPerCompany()));
			return new String[] { customer.code(), customer.name() };
		}
		return ErpNames.supplier(Mix.below(hash, ErpNames.supplierCount()));
	}

	private ErpDocumentLine.@Nullable Malformation malformation(long lineHash) {
		if (this.spec.malformedRate() == 0
				|| Mix.unit(Mix.of(this.spec.seed(), lineHash)) >= this.spec.malformedRate()) {
			return null;
		}
		return ((lineHash & 1) == 0) ? ErpDocumentLine.Malformation.ORDER_DATE : ErpDocumentLine.Malformation.AMOUNT;
	}

}
