package com.qincebridge.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The operator-editable files of the jobs directory ({@code bridge.jobs-dir},
 * {@code ./jobs} by default). A file the directory does not have is read from the
 * defaults packaged in the jar, so the product runs from any directory; an operator's
 * copy always wins.
 *
 * @param text the file's content
 * @param source where it came from, for error messages and reports
 */
public record JobsFiles(String text, String source) {

	/**
	 * Read a file of the jobs directory.
	 * @param jobsDir the directory
	 * @param name the file's name, such as {@code classification-rules.csv}
	 */
	public static JobsFiles read(Path jobsDir, String name) {
		Path file = jobsDir.resolve(name);
		try {
			if (Files.isRegularFile(file)) {
				return new JobsFiles(Files.readString(file, StandardCharsets.UTF_8), file.toString());
			}
			try (InputStream packaged = JobsFiles.class.getResourceAsStream("/jobs/" + name)) {
				if (packaged == null) {
					throw new IllegalStateException(
							"No " + name + " in " + jobsDir.toAbsolutePath() + " and none packaged in the jar");
				}
				return new JobsFiles(new String(packaged.readAllBytes(), StandardCharsets.UTF_8),
						"jobs/" + name + " (packaged default)");
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + file.toAbsolutePath(), ex);
		}
	}

}
