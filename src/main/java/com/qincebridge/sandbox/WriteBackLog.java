package com.qincebridge.sandbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every accepted write-back, with the number of writes and the last value per id. Kept
 * compact, each value text once and each id once, since a month of write-backs lives in
 * the heap of the process running the sandbox ({@code bench}).
 */
final class WriteBackLog {

	private final List<Entry> entries = new ArrayList<>();

	private final Map<Key, Entry> latest = new HashMap<>();

	private final Map<String, String> values = new HashMap<>();

	synchronized ErpWriteBack record(ErpDocumentType type, ErpWriteBack.Kind kind, String id, String value,
			Instant at) {
		Key key = new Key(type, kind, id);
		Entry previous = this.latest.get(key);
		Entry entry = new Entry((previous != null) ? previous.key() : key,
				this.values.computeIfAbsent(value, (text) -> text), at.getEpochSecond(), at.getNano(),
				(previous != null) ? previous.repeat() + 1 : 1);
		this.entries.add(entry);
		this.latest.put(entry.key(), entry);
		return entry.writeBack();
	}

	synchronized List<ErpWriteBack> all() {
		return this.entries.stream().map(Entry::writeBack).toList();
	}

	synchronized Optional<ErpWriteBack> latest(ErpDocumentType type, ErpWriteBack.Kind kind, String id) {
		return Optional.ofNullable(this.latest.get(new Key(type, kind, id))).map(Entry::writeBack);
	}

	synchronized void clear() {
		this.entries.clear();
		this.latest.clear();
		this.values.clear();
	}

	private record Key(ErpDocumentType type, ErpWriteBack.Kind kind, String id) {
	}

	private record Entry(Key key, String value, long second, int nano, int repeat) {

		ErpWriteBack writeBack() {
			return new ErpWriteBack(this.key.type(), this.key.kind(), this.key.id(), this.value,
					Instant.ofEpochSecond(this.second, this.nano), this.repeat);
		}

	}

}
