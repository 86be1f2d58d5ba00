package com.qincebridge.push;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The pushes received ({@code qince_push}), keyed by msgId and unique by digest: storing
 * a msgId or a digest (the same data and timestamp) already stored does nothing, which is
 * what makes a second delivery, or a replay under another msgId or dataType, harmless.
 * The table is the queue: a push waits in state RECEIVED until it is processed.
 */
@Repository
class QincePushes {

	private final JdbcClient jdbc;

	QincePushes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Store a push.
	 * @return the msgId of the push already stored with the same msgId or digest, or
	 * empty when this one was stored
	 */
	Optional<String> store(PushForm push, PushState state) {
		String digest = push.digest().strip().toLowerCase(Locale.ROOT);
		try {
			this.jdbc
				.sql("""
						INSERT INTO qince_push (msg_id, data_type, data_id, data, push_status, push_timestamp, digest, state)
						VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(push.msgId(), push.dataType(), push.dataId(), push.data(), push.status(), push.timestamp(),
						digest, state.name())
				.update();
			return Optional.empty();
		}
		catch (DuplicateKeyException ex) {
			return this.jdbc.sql("SELECT msg_id FROM qince_push WHERE msg_id = ? OR digest = ? ORDER BY received_at")
				.params(push.msgId(), digest)
				.query(String.class)
				.optional()
				.or(() -> Optional.of(push.msgId()));
		}
	}

	void finish(String msgId, PushState state, String result) {
		this.jdbc.sql("UPDATE qince_push SET state = ?, result = ?, processed_at = CURRENT_TIMESTAMP WHERE msg_id = ?")
			.params(state.name(), (result.length() > 1000) ? result.substring(0, 999) + "…" : result, msgId)
			.update();
	}

	/** How many pushes wait to be processed. */
	int waiting() {
		return this.jdbc.sql("SELECT COUNT(*) FROM qince_push WHERE state IN (?, ?)")
			.params(PushState.RECEIVED.name(), PushState.STORED.name())
			.query(Integer.class)
			.single();
	}

	/**
	 * The oldest pushes waiting to be processed, at most {@code limit}.
	 */
	List<Stored> next(int limit) {
		return this.jdbc
			.sql("SELECT msg_id, data_type, data FROM qince_push WHERE state IN (?, ?) ORDER BY received_at, msg_id "
					+ "LIMIT " + Math.max(1, limit))
			.params(PushState.RECEIVED.name(), PushState.STORED.name())
			.query((rs, row) -> new Stored(rs.getString(1), rs.getString(2), rs.getString(3)))
			.list();
	}

	record Stored(String msgId, String dataType, String data) {
	}

}
