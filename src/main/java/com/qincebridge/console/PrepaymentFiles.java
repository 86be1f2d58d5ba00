package com.qincebridge.console;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Prepayment files uploaded in the console, kept under {@code ${bridge.data-dir}/uploads}
 * with the time of the upload in their name, and the result files prepayment-apply writes
 * next to them ({@code <file>.result.<ext>}).
 */
@Component
class PrepaymentFiles {

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

	private final Path directory;

	PrepaymentFiles(@Value("${bridge.data-dir:./data}") String dataDir) {
		this.directory = Path.of(dataDir, "uploads").toAbsolutePath().normalize();
	}

	Path store(@Nullable String originalName, InputStream content) throws IOException {
		Files.createDirectories(this.directory);
		String name = STAMP.format(LocalDateTime.now()) + "-" + safe(originalName);
		Path target = this.directory.resolve(name);
		Files.copy(content, target, StandardCopyOption.REPLACE_EXISTING);
		return target;
	}

	/** The uploaded files, newest first, each with its result file when there is one. */
	List<Upload> uploads() throws IOException {
		if (!Files.isDirectory(this.directory)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(this.directory)) {
			List<Path> all = files.sorted().toList();
			return all.stream()
				.filter((file) -> !file.getFileName().toString().contains(".result."))
				.map((file) -> new Upload(file.getFileName().toString(),
						result(file.getFileName().toString()).map((result) -> result.getFileName().toString())
							.orElse(null)))
				.sorted((a, b) -> b.name().compareTo(a.name()))
				.toList();
		}
	}

	/** The result file of an upload, if prepayment-apply wrote one. */
	Optional<Path> result(String uploadName) {
		Path upload = this.directory.resolve(safe(uploadName)).normalize();
		if (!upload.getParent().equals(this.directory)) {
			return Optional.empty();
		}
		try (Stream<Path> files = Files.list(this.directory)) {
			String prefix = upload.getFileName() + ".result.";
			return files.filter((file) -> file.getFileName().toString().startsWith(prefix)).findFirst();
		}
		catch (IOException ex) {
			return Optional.empty();
		}
	}

	/** A file name with nothing that could leave the directory or confuse a shell. */
	static String safe(@Nullable String name) {
		String base = (name != null) ? Path.of(name.replace('\\', '/')).getFileName().toString() : "upload.csv";
		String cleaned = base.replaceAll("[^\\p{L}\\p{N}._-]", "_");
		return cleaned.isBlank() || cleaned.startsWith(".") ? "upload.csv" : cleaned;
	}

	record Upload(String name, @Nullable String result) {
	}

}
