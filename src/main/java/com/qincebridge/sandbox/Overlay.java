package com.qincebridge.sandbox;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

/**
 * The changes made on top of the generated data set: changed amounts, removed generated
 * lines and added lines. Small by nature (a test's or a demo's edits), so kept in maps.
 * Added lines go at the end of their (company, type, day) group, which is what shifts the
 * pages after that day while a client pages. Thread-safe.
 */
final class Overlay {

	private final Map<String, BigDecimal> amounts = new HashMap<>();

	private final Map<Group, NavigableSet<Integer>> removed = new HashMap<>();

	private final Map<Group, List<ErpDocumentLine>> added = new HashMap<>();

	private long sequence;

	private volatile boolean empty = true;

	boolean isEmpty() {
		return this.empty;
	}

	synchronized void changeAmount(ErpDocumentType type, String detailId, BigDecimal amount) {
		this.amounts.put(key(type, detailId), amount);
		for (List<ErpDocumentLine> lines : this.added.values()) {
			lines.replaceAll((line) -> (line.type() == type && line.detailId().equals(detailId))
					? line.withAmount(amount) : line);
		}
		this.empty = false;
	}

	/** The changed amount of a generated line, or null when unchanged. */
	synchronized @Nullable BigDecimal amount(ErpDocumentType type, String detailId) {
		return this.amounts.get(key(type, detailId));
	}

	synchronized void remove(Group group, int j) {
		this.removed.computeIfAbsent(group, (key) -> new TreeSet<>()).add(j);
		this.empty = false;
	}

	synchronized boolean isRemoved(Group group, int j) {
		NavigableSet<Integer> lines = this.removed.get(group);
		return lines != null && lines.contains(j);
	}

	synchronized int removedCount(Group group) {
		NavigableSet<Integer> lines = this.removed.get(group);
		return (lines != null) ? lines.size() : 0;
	}

	/** The index of the {@code i}-th generated line of a group that was not removed. */
	synchronized int keptLine(Group group, int i) {
		int j = i;
		NavigableSet<Integer> lines = this.removed.get(group);
		if (lines != null) {
			for (int removedLine : lines) {
				if (removedLine > j) {
					break;
				}
				j++;
			}
		}
		return j;
	}

	synchronized long nextSequence() {
		return ++this.sequence;
	}

	synchronized void add(Group group, List<ErpDocumentLine> lines) {
		this.added.computeIfAbsent(group, (key) -> new ArrayList<>()).addAll(lines);
		this.empty = false;
	}

	synchronized boolean removeAdded(ErpDocumentType type, String detailId) {
		for (List<ErpDocumentLine> lines : this.added.values()) {
			if (lines.removeIf((line) -> line.type() == type && line.detailId().equals(detailId))) {
				return true;
			}
		}
		return false;
	}

	/** The added lines of a group, in the order they were added. */
	synchronized List<ErpDocumentLine> added(Group group) {
		List<ErpDocumentLine> lines = this.added.get(group);
		return (lines != null) ? List.copyOf(lines) : List.of();
	}

	/** The days of a company and type that have added lines (even outside the spec). */
	synchronized List<LocalDate> addedDays(int company, ErpDocumentType type) {
		return this.added.entrySet()
			.stream()
			.filter((entry) -> entry.getKey().company() == company && entry.getKey().type() == type
					&& !entry.getValue().isEmpty())
			.map((entry) -> entry.getKey().day())
			.sorted()
			.toList();
	}

	synchronized void clear() {
		this.amounts.clear();
		this.removed.clear();
		this.added.clear();
		this.empty = true;
	}

	private static String key(ErpDocumentType type, String detailId) {
		return type.name() + ":" + detailId;
	}

	/** A (company, document type, day) group of lines. */
	record Group(int company, ErpDocumentType type, LocalDate day) {
	}

}
