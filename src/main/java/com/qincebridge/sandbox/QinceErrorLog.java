package com.qincebridge.sandbox;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A saveStatementError or saveExpenseError call the Qince simulator accepted.
 *
 * @param kind goods (saveStatementError) or expense (saveExpenseError)
 * @param customerCode customer_code
 * @param startDate start_date, if sent
 * @param errorReason error_reason
 * @param errorStatus error_status, if sent
 * @param content the whole body
 * @param at when it arrived, by the sandbox clock
 */
public record QinceErrorLog(StatementKind kind, String customerCode, @Nullable String startDate, String errorReason,
		@Nullable String errorStatus, JsonNode content, Instant at) {
}
