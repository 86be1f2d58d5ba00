package com.qincebridge.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jspecify.annotations.Nullable;

/**
 * Which encoding a CSV file is in: UTF-8 when the whole file decodes strictly as UTF-8 (a
 * BOM or not), else GB18030 (which includes GBK, what Excel on Chinese Windows saves)
 * when it decodes strictly as that; else the file is refused, naming the line and column
 * where each decoding failed. The file is read in blocks, never held whole.
 */
final class TextEncoding {

	static final Charset GB18030 = Charset.forName("GB18030");

	private static final int BLOCK = 64 * 1024;

	private TextEncoding() {
	}

	static Charset detect(Path file) {
		@Nullable String utf8 = firstError(file, StandardCharsets.UTF_8);
		if (utf8 == null) {
			return StandardCharsets.UTF_8;
		}
		@Nullable String gb = firstError(file, GB18030);
		if (gb == null) {
			return GB18030;
		}
		throw new TableFileException(file + ": the text is neither UTF-8 (" + utf8 + ") nor GB18030/GBK (" + gb
				+ "); save it from Excel as \"CSV UTF-8\" or as an .xlsx workbook");
	}

	/** Where the file stops decoding in the charset, or null when it decodes whole. */
	private static @Nullable String firstError(Path file, Charset charset) {
		CharsetDecoder decoder = charset.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.allocate(BLOCK);
		CharBuffer out = CharBuffer.allocate(BLOCK);
		long line = 1;
		long column = 1;
		try (InputStream stream = Files.newInputStream(file)) {
			boolean end = false;
			while (!end) {
				int read = stream.read(in.array(), in.position(), in.remaining());
				end = read < 0;
				if (!end) {
					in.position(in.position() + read);
				}
				in.flip();
				CoderResult result;
				do {
					result = end ? decoder.decode(in, out, true) : decoder.decode(in, out, false);
					out.flip();
					while (out.hasRemaining()) {
						char c = out.get();
						if (c == '\n') {
							line++;
							column = 1;
						}
						else if (c != '\r') {
							column++;
						}
					}
					out.clear();
					if (result.isError()) {
						return "line " + line + ", column " + column;
					}
				}
				while (result.isOverflow());
				in.compact();
			}
			out.clear();
			if (decoder.flush(out).isError()) {
				return "line " + line + ", column " + column;
			}
			return null;
		}
		catch (IOException ex) {
			throw new TableFileException(file + ": cannot be read: " + ex.getMessage(), ex);
		}
	}

}
