package com.qincebridge.sandbox;

import tools.jackson.databind.JsonNode;

/**
 * A statement the Qince simulator holds.
 *
 * @param kind goods or expense
 * @param number serial_no or statement_no
 * @param statementId Qince's id (19 digits), the same over every save of the number
 * @param customerCode the customer
 * @param tradeMonth yyyy-MM: trade_month, or the month of start_date
 * @param status statement_status: 未确认 until a test sets another, such as 已确认
 * @param saveCount the accepted saves of this number
 * @param refusedSaves the saves refused because the statement was confirmed
 * @param content the body of the last accepted save
 * @param modifyTime when it was last saved or its status set, yyyy-MM-dd HH:mm:ss
 */
public record SavedStatement(StatementKind kind, String number, String statementId, String customerCode,
		String tradeMonth, String status, int saveCount, int refusedSaves, JsonNode content, String modifyTime) {
}
