package com.qincebridge.push;

import java.sql.Timestamp;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Stored pushes that did not lead where they should: FAILED (the re-sync they started did
 * not complete) and REFUSED (nothing to run), with the reason. Pushes answered 1 (a
 * digest that does not verify, a malformed form) are never stored; the log has them.
 */
@Component
public class PushProblems {

	private final JdbcClient jdbc;

	PushProblems(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<RefusedPush> newest(int limit) {
		return this.jdbc.sql("""
				SELECT msg_id, data_type, state, result, received_at FROM qince_push
				WHERE state IN ('FAILED', 'REFUSED') ORDER BY received_at DESC, msg_id LIMIT ?""")
			.param(limit)
			.query((rs, row) -> new RefusedPush(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					time(rs.getTimestamp(5))))
			.list();
	}

	private static @Nullable String time(@Nullable Timestamp time) {
		return (time != null) ? time.toLocalDateTime().withNano(0).toString().replace('T', ' ') : null;
	}

	public record RefusedPush(String msgId, String dataType, String state, @Nullable String result,
			@Nullable String receivedAt) {
	}

}
