package com.qincebridge.files;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The first sheet of an .xlsx workbook as rows of text, each cell as finance typed it: a
 * number in its shortest exact form ({@code 1.234}, never the 2 decimals the cell may
 * display), a date as {@code yyyy-MM-dd} (with {@code HH:mm:ss} when it has a time), a
 * formula as its last computed value.
 */
final class Workbooks {

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private Workbooks() {
	}

	static List<TableRow> read(Path file) {
		try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
				XSSFWorkbook workbook = new XSSFWorkbook(pkg)) {
			List<TableRow> rows = new ArrayList<>();
			if (workbook.getNumberOfSheets() == 0) {
				return rows;
			}
			Sheet sheet = workbook.getSheetAt(0);
			for (Row row : sheet) {
				List<String> cells = new ArrayList<>();
				for (int i = 0; i < Math.max(row.getLastCellNum(), 0); i++) {
					Cell cell = row.getCell(i);
					cells.add((cell != null) ? text(cell, cell.getCellType()) : "");
				}
				rows.add(new TableRow(row.getRowNum() + 1, cells));
			}
			return rows;
		}
		catch (InvalidFormatException | IOException | RuntimeException ex) {
			throw new TableFileException(
					file + ": is not an Excel workbook (.xlsx) that can be read: " + ex.getMessage(), ex);
		}
	}

	private static String text(Cell cell, CellType type) {
		return switch (type) {
			case STRING -> cell.getStringCellValue();
			case NUMERIC -> DateUtil.isCellDateFormatted(cell) ? date(cell.getLocalDateTimeCellValue())
					: number(cell.getNumericCellValue());
			case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue()).toUpperCase(java.util.Locale.ROOT);
			case FORMULA -> text(cell, cell.getCachedFormulaResultType());
			case ERROR -> FormulaError.forInt(cell.getErrorCellValue()).getString();
			default -> "";
		};
	}

	private static String number(double value) {
		// Double.toString is the shortest text that reads back as the same double
		BigDecimal exact = new BigDecimal(Double.toString(value));
		String plain = exact.stripTrailingZeros().toPlainString();
		return plain.equals("-0") ? "0" : plain;
	}

	private static String date(LocalDateTime time) {
		return time.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? time.toLocalDate().toString()
				: time.format(DATE_TIME);
	}

}
