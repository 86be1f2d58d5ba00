package com.qincebridge.files;

import java.util.List;

/**
 * One row of a table file: its line (the CSV line it starts on, the sheet's row number)
 * and its cells as text, trimmed.
 */
public record TableRow(int line, List<String> cells) {

	public TableRow {
		cells = cells.stream().map(String::strip).toList();
	}

	/** The cell at a 0-based index; empty when the row is shorter. */
	public String cell(int index) {
		return (index < this.cells.size()) ? this.cells.get(index) : "";
	}

	/** Whether every cell is empty. */
	public boolean isBlank() {
		return this.cells.stream().allMatch(String::isEmpty);
	}

	/** Where a cell is, as finance finds it in Excel: {@code line 3, column D}. */
	public String where(int index) {
		return "line " + this.line + ", column " + column(index);
	}

	/** A 0-based column index as Excel's letters: 0 → A, 26 → AA. */
	public static String column(int index) {
		StringBuilder letters = new StringBuilder();
		for (int i = index + 1; i > 0; i = (i - 1) / 26) {
			letters.insert(0, (char) ('A' + (i - 1) % 26));
		}
		return letters.toString();
	}

}
