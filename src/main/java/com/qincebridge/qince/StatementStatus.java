package com.qincebridge.qince;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * One statement as queryStatement and queryExpenseStatement report it. Dates and times
 * are kept as Qince wrote them (the tables disagree on their formats; empty when unset).
 *
 * @param statementId Qince's id of the statement (勤策对账单id), written back to the ERP
 * @param serialNo our statement number
 * @param customerCode customer code
 * @param customerName customer name
 * @param startDate yyyy-MM-dd
 * @param endDate yyyy-MM-dd
 * @param lastPerson who last generated it
 * @param lastDate when it was last generated
 * @param statementStatus its status as text, such as {@code 已确认} (confirmed)
 * @param customerId Qince's customer id
 * @param modifyTime yyyy-MM-dd HH:mm:ss
 * @param approveName approver
 * @param approveTime yyyy-MM-dd HH:mm:ss
 */
public record StatementStatus(String statementId, String serialNo, @Nullable String customerCode,
		@Nullable String customerName, @Nullable String startDate, @Nullable String endDate,
		@Nullable String lastPerson, @Nullable String lastDate, @Nullable String statementStatus,
		@Nullable String customerId, @Nullable String modifyTime, @Nullable String approveName,
		@Nullable String approveTime) {

	public StatementStatus {
		Objects.requireNonNull(statementId, "statement_id is missing");
		Objects.requireNonNull(serialNo, "serial_no is missing");
	}

}
