package com.qincebridge.console;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A table written as an .xlsx workbook of one sheet, header first, with Apache POI's
 * streaming workbook (rows are flushed to disk as they are written). Amounts are written
 * as numbers with two decimals, so that finance can sum them in Excel.
 */
final class XlsxTable {

	private XlsxTable() {
	}

	static void write(String sheetName, List<String> header, List<List<?>> rows, OutputStream out) throws IOException {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
			Sheet sheet = workbook.createSheet(sheetName);
			CellStyle money = workbook.createCellStyle();
			money.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
			Row first = sheet.createRow(0);
			for (int column = 0; column < header.size(); column++) {
				first.createCell(column).setCellValue(header.get(column));
			}
			for (int index = 0; index < rows.size(); index++) {
				Row row = sheet.createRow(index + 1);
				List<?> values = rows.get(index);
				for (int column = 0; column < values.size(); column++) {
					Object value = values.get(column);
					Cell cell = row.createCell(column);
					if (value instanceof BigDecimal amount) {
						cell.setCellValue(amount.doubleValue());
						cell.setCellStyle(money);
					}
					else if (value instanceof Number number) {
						cell.setCellValue(number.doubleValue());
					}
					else if (value != null) {
						cell.setCellValue(value.toString());
					}
				}
			}
			workbook.write(out);
		}
	}

}
