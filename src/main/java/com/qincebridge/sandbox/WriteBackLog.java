package com.qincebridge.sandbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every accepted write-back, with the number of writes and the last value per id. */
final class WriteBackLog {

	private final List<ErpWriteBack> entries = new ArrayList<>();

	private final Map<String, ErpWriteBack> latest = new HashMap<>();

	synchronized ErpWriteBack record(ErpDocumentType type, ErpWriteBack.Kind kind, String id, String value,
			Instant at) {
		String key = key(type, kind, id);
		ErpWriteBack previous = this.latest.get(key);
		ErpWriteBack entry = new ErpWriteBack(type, kind, id, value, at,
				(previous != null) ? previous.repeat() + 1 : 1);
		this.entries.add(entry);
		this.latest.put(key, entry);
		return entry;
	}

	synchronized List<ErpWriteBack> all() {
		return List.copyOf(this.entries);
	}

	synchronized Optional<ErpWriteBack> latest(ErpDocumentType type, ErpWriteBack.Kind kind, String id) {
		return Optional.ofNullable(this.latest.get(key(type, kind, id)));
	}

	synchronized void clear() {
		this.entries.clear();
		this.latest.clear();
	}

	private static String key(ErpDocumentType type, ErpWriteBack.Kind kind, String id) {
		return type.name() + ":" + kind.name() + ":" + id;
	}

}
