package com.qincebridge.sandbox;

import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import com.qincebridge.sandbox.Overlay.Group;
import org.jspecify.annotations.Nullable;

/**
 * Walks the lines of some companies and types over a window, one line at a time: its
 * whole state is a position (company, type, day, index), so a stream over it holds no
 * line but the current one however it is consumed (nested flatMaps would buffer a whole
 * inner stream when pulled through an iterator). A group's size is read when the cursor
 * enters it; a change that shortens the group while it is walked ends the group early.
 */
final class LineCursor implements Iterator<ErpDocumentLine> {

	private final LineSource source;

	private final List<Integer> companies;

	private final List<ErpDocumentType> types;

	private final LocalDate from;

	private final LocalDate to;

	private int pair = -1;

	private List<LocalDate> days = List.of();

	private int day = -1;

	private @Nullable Group group;

	private int size;

	private int index;

	private @Nullable ErpDocumentLine next;

	LineCursor(LineSource source, List<Integer> companies, List<ErpDocumentType> types, LocalDate from, LocalDate to) {
		this.source = source;
		this.companies = companies;
		this.types = types;
		this.from = from;
		this.to = to;
	}

	static Stream<ErpDocumentLine> stream(LineSource source, List<Integer> companies, List<ErpDocumentType> types,
			LocalDate from, LocalDate to) {
		LineCursor cursor = new LineCursor(source, companies, types, from, to);
		return StreamSupport.stream(Spliterators.spliteratorUnknownSize(cursor,
				Spliterator.ORDERED | Spliterator.NONNULL | Spliterator.IMMUTABLE), false);
	}

	@Override
	public boolean hasNext() {
		while (this.next == null) {
			if (this.group != null && this.index < this.size) {
				this.next = this.source.groupLineIfPresent(this.group, this.index++);
				if (this.next == null) {
					this.index = this.size;
				}
			}
			else if (!enterNextGroup()) {
				return false;
			}
		}
		return true;
	}

	@Override
	public ErpDocumentLine next() {
		if (!hasNext()) {
			throw new NoSuchElementException();
		}
		ErpDocumentLine line = this.next;
		this.next = null;
		return line;
	}

	private boolean enterNextGroup() {
		while (this.day + 1 >= this.days.size()) {
			if (++this.pair >= this.companies.size() * this.types.size()) {
				return false;
			}
			this.days = this.source.days(company(), type(), this.from, this.to);
			this.day = -1;
		}
		this.day++;
		this.group = new Group(company(), type(), this.days.get(this.day));
		this.size = this.source.groupSize(this.group);
		this.index = 0;
		return true;
	}

	private int company() {
		return this.companies.get(this.pair / this.types.size());
	}

	private ErpDocumentType type() {
		return this.types.get(this.pair % this.types.size());
	}

}
