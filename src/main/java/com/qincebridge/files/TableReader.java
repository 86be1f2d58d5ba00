package com.qincebridge.files;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;
import org.jspecify.annotations.Nullable;

/**
 * The rows of a table file, in order, with the line each starts on. CSV (comma-separated,
 * double quotes as Excel writes them) is read as it streams, in the encoding
 * {@link TextEncoding} found; an .xlsx workbook's first sheet is read with Apache POI
 * ({@link Workbooks}). Blank rows are returned too, so that line numbers stay true; the
 * caller skips them.
 * <p>
 * Any problem reading the file is a {@link TableFileException} naming the file and line.
 */
public final class TableReader implements Iterator<TableRow>, Closeable {

	private static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get();

	private final Path file;

	private final @Nullable CSVParser parser;

	private final Iterator<?> rows;

	private final Charset charset;

	private long lastLine;

	private TableReader(Path file, @Nullable CSVParser parser, Iterator<?> rows, Charset charset) {
		this.file = file;
		this.parser = parser;
		this.rows = rows;
		this.charset = charset;
	}

	/**
	 * Open a table file.
	 * @throws TableFileException when the file is missing or cannot be decoded
	 */
	public static TableReader open(Path file) {
		if (!Files.isRegularFile(file)) {
			throw new TableFileException("No such file: " + file.toAbsolutePath());
		}
		if (FileFormat.of(file) == FileFormat.XLSX) {
			return new TableReader(file, null, Workbooks.read(file).iterator(),
					java.nio.charset.StandardCharsets.UTF_8);
		}
		Charset charset = TextEncoding.detect(file);
		try {
			BOMInputStream in = BOMInputStream.builder().setInputStream(Files.newInputStream(file)).get();
			CSVParser parser = CSVParser.parse(new InputStreamReader(in, charset), CSV);
			return new TableReader(file, parser, parser.iterator(), charset);
		}
		catch (IOException ex) {
			throw new TableFileException(file + ": cannot be read: " + ex.getMessage(), ex);
		}
	}

	/** The encoding the file was read in (UTF-8 for a workbook). */
	public Charset charset() {
		return this.charset;
	}

	/** The format of the file. */
	public FileFormat format() {
		return (this.parser != null) ? FileFormat.CSV : FileFormat.XLSX;
	}

	@Override
	public boolean hasNext() {
		try {
			return this.rows.hasNext();
		}
		catch (UncheckedIOException | IllegalStateException ex) {
			throw broken(ex);
		}
	}

	@Override
	public TableRow next() {
		if (!hasNext()) {
			throw new NoSuchElementException();
		}
		CSVParser parser = this.parser;
		if (parser == null) {
			return (TableRow) this.rows.next();
		}
		try {
			CSVRecord record = (CSVRecord) this.rows.next();
			// the parser's line number is where the record ended: the next starts after
			// it
			int line = (int) this.lastLine + 1;
			this.lastLine = parser.getCurrentLineNumber();
			return new TableRow(line, record.toList());
		}
		catch (UncheckedIOException | IllegalStateException ex) {
			throw broken(ex);
		}
	}

	/** The next row that is not blank, or null at the end of the file. */
	public @Nullable TableRow nextNonBlank() {
		while (hasNext()) {
			TableRow row = next();
			if (!row.isBlank()) {
				return row;
			}
		}
		return null;
	}

	private TableFileException broken(RuntimeException ex) {
		long line = this.lastLine + 1;
		Throwable cause = (ex.getCause() != null) ? ex.getCause() : ex;
		return new TableFileException(
				this.file + ": line " + line + " is not valid CSV (check its double quotes): " + cause.getMessage(),
				ex);
	}

	@Override
	public void close() {
		try {
			if (this.parser != null) {
				this.parser.close();
			}
		}
		catch (IOException ex) {
			// read-only: nothing was lost
		}
	}

}
