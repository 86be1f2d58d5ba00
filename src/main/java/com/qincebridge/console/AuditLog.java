package com.qincebridge.console;

import java.sql.Timestamp;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * {@code console_audit}: each action a console user asked for, written before it runs
 * (outcome ASKED), then with what it ended with (DONE, REFUSED, FAILED).
 */
@Repository
class AuditLog {

	private final JdbcClient jdbc;

	AuditLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long asked(String user, Action action, String target) {
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc.sql("INSERT INTO console_audit (user_name, action, target, outcome) VALUES (?, ?, ?, 'ASKED')")
			.params(user, action.name(), target)
			.update(key, "id");
		return key.getKeyAs(Number.class).longValue();
	}

	void ended(long id, String outcome, String detail) {
		String text = (detail.length() > 2000) ? detail.substring(0, 1999) + "…" : detail;
		this.jdbc.sql("UPDATE console_audit SET outcome = ?, detail = ?, finished_at = CURRENT_TIMESTAMP WHERE id = ?")
			.params(outcome, text, id)
			.update();
	}

	List<Entry> newest(int limit) {
		return this.jdbc.sql("""
				SELECT id, acted_at, user_name, action, target, outcome, detail FROM console_audit
				ORDER BY id DESC LIMIT ?""")
			.param(limit)
			.query((rs, row) -> new Entry(rs.getLong(1), time(rs.getTimestamp(2)), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getString(6), rs.getString(7)))
			.list();
	}

	private static String time(Timestamp time) {
		return time.toLocalDateTime().withNano(0).toString().replace('T', ' ');
	}

	record Entry(long id, String at, String user, String action, String target, String outcome,
			@Nullable String detail) {
	}

	/** What a console user can ask for. */
	enum Action {

		RESUME, STOP, START, RERUN, CLOSE, REOPEN, PREPAYMENT_SYNC, PREPAYMENT_FILE

	}

}
