package com.qincebridge.files;

/**
 * A file that cannot be read as a table: not found, not CSV in UTF-8 or GB18030, not an
 * .xlsx workbook, or broken CSV quoting. The message names the file and, when it has one,
 * the line and column. Fixing the file is the only cure: a restart reads the same bytes.
 */
public class TableFileException extends RuntimeException {

	public TableFileException(String message) {
		super(message);
	}

	public TableFileException(String message, Throwable cause) {
		super(message, cause);
	}

}
