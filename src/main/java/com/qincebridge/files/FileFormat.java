package com.qincebridge.files;

import java.nio.file.Path;
import java.util.Locale;

/**
 * The two forms finance's tables come in, told by the file name: {@code .xlsx} is an
 * Excel workbook (its first sheet), anything else CSV. An old {@code .xls} workbook is
 * refused with what to do instead.
 */
public enum FileFormat {

	CSV("csv"), XLSX("xlsx");

	private final String extension;

	FileFormat(String extension) {
		this.extension = extension;
	}

	/**
	 * The format of a file.
	 * @throws TableFileException for an {@code .xls} workbook
	 */
	public static FileFormat of(Path file) {
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		if (name.endsWith(".xls")) {
			throw new TableFileException(file + ": an Excel 97-2003 workbook (.xls) cannot be read;"
					+ " save it as an Excel workbook (.xlsx) or as CSV");
		}
		return name.endsWith(".xlsx") ? XLSX : CSV;
	}

	/** The file name extension, without the dot. */
	public String extension() {
		return this.extension;
	}

	/**
	 * The result file of an input: next to it, {@code <name>.result.csv} or
	 * {@code <name>.result.xlsx} in the input's format.
	 */
	public static Path resultFile(Path input) {
		FileFormat format = of(input);
		return input.resolveSibling(input.getFileName() + ".result." + format.extension);
	}

}
