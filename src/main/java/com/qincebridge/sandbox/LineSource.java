package com.qincebridge.sandbox;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import com.qincebridge.sandbox.Overlay.Group;
import org.jspecify.annotations.Nullable;

/**
 * The lines as they are now: the generated ones with the overlay's changes applied, the
 * removed ones skipped and the added ones at the end of their group. Computations that
 * must not see a change half made (a page, a change itself) run under a read or write
 * lock.
 */
final class LineSource {

	private final DataSetSpec spec;

	private final LineGenerator generator;

	private final Overlay overlay;

	private final ReadWriteLock lock = new ReentrantReadWriteLock();

	LineSource(DataSetSpec spec, LineGenerator generator, Overlay overlay) {
		this.spec = spec;
		this.generator = generator;
		this.overlay = overlay;
	}

	/** The days that may have lines of a company and type, from and to inclusive. */
	List<LocalDate> days(int company, ErpDocumentType type, LocalDate from, LocalDate to) {
		TreeSet<LocalDate> days = new TreeSet<>();
		if (company != 0) {
			days.addAll(MonthDays.between(this.spec.months(), from, to));
		}
		this.overlay.addedDays(company, type)
			.stream()
			.filter((day) -> !day.isBefore(from) && !day.isAfter(to))
			.forEach(days::add);
		return List.copyOf(days);
	}

	int groupSize(Group group) {
		int generated = this.generator.count(group.company(), group.type(), group.day());
		if (this.overlay.isEmpty()) {
			return generated;
		}
		return generated - this.overlay.removedCount(group) + this.overlay.added(group).size();
	}

	/** The {@code i}-th line of a group as it is now, {@code 0 <= i < groupSize}. */
	ErpDocumentLine groupLine(Group group, int i) {
		if (this.overlay.isEmpty()) {
			return this.generator.line(group.company(), group.type(), group.day(), i);
		}
		int kept = this.generator.count(group.company(), group.type(), group.day()) - this.overlay.removedCount(group);
		if (i < kept) {
			return generated(group, this.overlay.keptLine(group, i));
		}
		return this.overlay.added(group).get(i - kept);
	}

	/**
	 * The {@code i}-th line of a group, or null when a change made the group shorter;
	 * {@code i} is below the size the group had when the caller looked.
	 */
	@Nullable ErpDocumentLine groupLineIfPresent(Group group, int i) {
		if (this.overlay.isEmpty()) {
			// nothing changed: the generated lines alone, and their count is fixed
			return this.generator.line(group.company(), group.type(), group.day(), i);
		}
		return read(() -> (i < groupSize(group)) ? groupLine(group, i) : null);
	}

	Optional<ErpDocumentLine> line(ErpDocumentType type, String detailId) {
		LineIds.Parsed id = LineIds.parse(detailId);
		if (id == null || id.type() != type) {
			return Optional.empty();
		}
		Group group = new Group(id.company(), type, id.day());
		if (id.kind() == LineIds.GENERATED_DETAIL) {
			int j = (int) id.ordinal();
			boolean exists = id.ordinal() < this.generator.count(id.company(), type, id.day())
					&& !this.overlay.isRemoved(group, j);
			return exists ? Optional.of(generated(group, j)) : Optional.empty();
		}
		return this.overlay.added(group).stream().filter((line) -> line.detailId().equals(detailId)).findFirst();
	}

	List<ErpDocumentLine> order(ErpDocumentType type, String orderId) {
		LineIds.Parsed id = LineIds.parse(orderId);
		if (id == null || id.type() != type) {
			return List.of();
		}
		Group group = new Group(id.company(), type, id.day());
		if (id.kind() == LineIds.GENERATED_ORDER) {
			int[] range = this.generator.orderLines(id.company(), type, id.day(), id.ordinal());
			if (range == null) {
				return List.of();
			}
			return IntStream.range(range[0], range[1])
				.filter((j) -> !this.overlay.isRemoved(group, j))
				.mapToObj((j) -> generated(group, j))
				.toList();
		}
		return this.overlay.added(group).stream().filter((line) -> line.orderId().equals(orderId)).toList();
	}

	<T> T read(Supplier<T> computation) {
		this.lock.readLock().lock();
		try {
			return computation.get();
		}
		finally {
			this.lock.readLock().unlock();
		}
	}

	<T> T write(Supplier<T> change) {
		this.lock.writeLock().lock();
		try {
			return change.get();
		}
		finally {
			this.lock.writeLock().unlock();
		}
	}

	private ErpDocumentLine generated(Group group, int j) {
		ErpDocumentLine line = this.generator.line(group.company(), group.type(), group.day(), j);
		if (this.overlay.isEmpty()) {
			return line;
		}
		BigDecimal changed = this.overlay.amount(group.type(), line.detailId());
		return (changed != null) ? line.withAmount(changed) : line;
	}

}
