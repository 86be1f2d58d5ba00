package com.qincebridge.files;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * Writes a table (a header and rows) for finance: as CSV in UTF-8 with a BOM, so that
 * Excel shows Chinese, every text cell that looks like a formula prefixed with {@code '}
 * ({@link Cells}); or as an .xlsx workbook of one sheet, numbers as numbers (amounts with
 * two decimals shown), text as text cells, which Excel never evaluates. The workbook is
 * streamed ({@link SXSSFWorkbook}), so a long table takes little memory.
 * <p>
 * A cell is a {@link String}, a {@link Number} ({@link BigDecimal} for money) or null
 * (empty).
 */
public final class TableWriter {

	private static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get();

	private static final int WINDOW = 200;

	private TableWriter() {
	}

	/** Write the table to a file in the given format, replacing the file. */
	public static void write(Path file, FileFormat format, List<String> header, Iterable<? extends List<?>> rows) {
		try (OutputStream out = Files.newOutputStream(file)) {
			if (format == FileFormat.XLSX) {
				xlsx(out, "result", header, rows);
			}
			else {
				csv(out, header, rows);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write " + file, ex);
		}
	}

	/** The table as CSV: a UTF-8 BOM, CRLF line ends, formula-looking text made inert. */
	public static void csv(OutputStream out, List<String> header, Iterable<? extends List<?>> rows) throws IOException {
		BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
		writer.write('\uFEFF');
		CSVPrinter printer = new CSVPrinter(writer, CSV);
		printer.printRecord(header.stream().map(Cells::neutralise));
		for (List<?> row : rows) {
			printer.printRecord(row.stream().map(TableWriter::csvCell));
		}
		printer.flush();
	}

	/** The table as an .xlsx workbook of one sheet with a bold header row. */
	public static void xlsx(OutputStream out, String sheetName, List<String> header, Iterable<? extends List<?>> rows)
			throws IOException {
		SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
		try {
			Sheet sheet = workbook.createSheet(sheetName);
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			CellStyle money = workbook.createCellStyle();
			money.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
			Row first = sheet.createRow(0);
			for (int i = 0; i < header.size(); i++) {
				first.createCell(i).setCellValue(header.get(i));
				first.getCell(i).setCellStyle(bold);
				sheet.setColumnWidth(i, Math.min(60, Math.max(12, header.get(i).length() + 4)) * 256);
			}
			int index = 1;
			for (List<?> values : rows) {
				Row row = sheet.createRow(index++);
				for (int i = 0; i < values.size(); i++) {
					Object value = values.get(i);
					if (value instanceof BigDecimal amount) {
						row.createCell(i).setCellValue(amount.doubleValue());
						if (amount.scale() <= 2) {
							row.getCell(i).setCellStyle(money);
						}
					}
					else if (value instanceof Number number) {
						row.createCell(i).setCellValue(number.doubleValue());
					}
					else if (value != null) {
						row.createCell(i).setCellValue(value.toString());
					}
				}
			}
			workbook.write(out);
		}
		finally {
			workbook.close();
		}
	}

	private static String csvCell(@Nullable Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof BigDecimal amount) {
			return amount.toPlainString();
		}
		return (value instanceof Number) ? value.toString() : Cells.neutralise(value.toString());
	}

}
