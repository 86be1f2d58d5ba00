package com.qincebridge.push;

import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The pushes received ({@code qince_push}), keyed by msgId: storing a msgId already
 * stored does nothing, which is what makes a second delivery harmless.
 */
@Repository
class QincePushes {

	private final JdbcClient jdbc;

	QincePushes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Store a push.
	 * @return {@code false} when its msgId was already stored
	 */
	boolean store(PushForm push, PushState state) {
		try {
			this.jdbc.sql("""
					INSERT INTO qince_push (msg_id, data_type, data_id, data, push_status, push_timestamp, state)
					VALUES (?, ?, ?, ?, ?, ?, ?)""")
				.params(push.msgId(), push.dataType(), push.dataId(), push.data(), push.status(), push.timestamp(),
						state.name())
				.update();
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	void finish(String msgId, PushState state, String result) {
		this.jdbc.sql("UPDATE qince_push SET state = ?, result = ?, processed_at = CURRENT_TIMESTAMP WHERE msg_id = ?")
			.params(state.name(), (result.length() > 1000) ? result.substring(0, 999) + "…" : result, msgId)
			.update();
	}

	/** The statement pushes stored but not processed (the process stopped before). */
	List<Stored> received() {
		return this.jdbc
			.sql("SELECT msg_id, data_type, data FROM qince_push WHERE state = ? ORDER BY received_at, msg_id")
			.param(PushState.RECEIVED.name())
			.query((rs, row) -> new Stored(rs.getString(1), rs.getString(2), rs.getString(3)))
			.list();
	}

	record Stored(String msgId, String dataType, String data) {
	}

}
