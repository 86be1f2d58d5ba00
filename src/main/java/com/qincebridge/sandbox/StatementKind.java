package com.qincebridge.sandbox;

/** The two Qince statements and the field that numbers each. */
public enum StatementKind {

	/** 货款对账单, saved by saveStatement and numbered by {@code serial_no}. */
	GOODS("serial_no"),

	/** 费用对账单, saved by saveExpense and numbered by {@code statement_no}. */
	EXPENSE("statement_no");

	private final String numberField;

	StatementKind(String numberField) {
		this.numberField = numberField;
	}

	/** The field that carries the statement number in a save. */
	public String numberField() {
		return this.numberField;
	}

}
