package com.qincebridge.statement;

import java.time.YearMonth;

/**
 * Which statement: one per kind, company, customer and trade month.
 */
public record StatementKey(StatementKind kind, String companyCode, String customerCode, YearMonth tradeMonth) {

	/** The deterministic statement number (对账单号), at most 32 characters. */
	public String statementNo() {
		return StatementNumbers.of(this.kind.numberPrefix(), this.companyCode, this.tradeMonth, this.customerCode);
	}

}
