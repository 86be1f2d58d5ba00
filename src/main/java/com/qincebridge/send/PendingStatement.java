package com.qincebridge.send;

import com.qincebridge.statement.StatementKind;

import java.time.LocalDateTime;

import org.jspecify.annotations.Nullable;

/**
 * A statement of the ledger waiting to be sent, with what is known of an earlier attempt
 * and of Qince's copy.
 *
 * @param attemptHash the content hash of a send that started and whose outcome was not
 * recorded (the run stopped), or null
 * @param attemptAt when that send started, in business time (Asia/Shanghai)
 * @param attemptQinceModifyTime Qince's modify_time of its copy when that send started,
 * or null when Qince had none
 * @param qinceStatus the statement_status Qince showed before this send step, such as 已确认
 * @param qinceModifyTime Qince's modify_time of its copy, yyyy-MM-dd HH:mm:ss
 */
public record PendingStatement(String statementNo, StatementKind kind, String customerCode, String tradeMonth,
		String contentJson, String contentHash, @Nullable String attemptHash, @Nullable LocalDateTime attemptAt,
		@Nullable String attemptQinceModifyTime, @Nullable String qinceStatementId, @Nullable String qinceStatus,
		@Nullable String qinceModifyTime) {

	/** The statement's start date as Qince knows it: the first day of its month. */
	String startDate() {
		return this.tradeMonth + "-01";
	}

}
