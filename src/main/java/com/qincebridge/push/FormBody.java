package com.qincebridge.push;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A push's body read by the receiver itself rather than by the web server, so that every
 * problem is answered {@code {"return_code":1}} instead of the server's own error page:
 * at most {@code maxBytes} bytes of {@code application/x-www-form-urlencoded} whose
 * values are UTF-8, strictly (an invalid byte sequence is refused, never replaced), each
 * field once.
 *
 * @param fields the fields read; when {@code problem} is set, what could be read of them
 * (for the log line)
 * @param problem why the body is refused, or {@code null}
 */
record FormBody(Map<String, String> fields, @Nullable String problem) {

	/**
	 * How much of an oversized body is read and thrown away so that the answer arrives.
	 */
	private static final long DRAIN_LIMIT = 64L * 1024 * 1024;

	static FormBody read(@Nullable String contentType, InputStream body, long maxBytes) throws IOException {
		if (contentType != null && !isForm(contentType)) {
			return refused(Map.of(), "Content-Type is " + contentType + ", not application/x-www-form-urlencoded");
		}
		byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
		if (bytes.length > maxBytes) {
			drain(body);
			return refused(namesOf(bytes), "the body is larger than " + maxBytes + " bytes");
		}
		Map<String, String> fields = new LinkedHashMap<>();
		int start = 0;
		while (start <= bytes.length) {
			int end = indexOf(bytes, (byte) '&', start);
			if (end > start) {
				int equals = indexOf(bytes, (byte) '=', start);
				int nameEnd = Math.min(equals, end);
				String name = decode(bytes, start, nameEnd);
				String value = (equals < end) ? decode(bytes, equals + 1, end) : "";
				if (name == null || value == null) {
					String field = (name != null) ? name : "a field name";
					return refused(fields, field + " is not UTF-8 (or not percent-encoded correctly)");
				}
				if (fields.putIfAbsent(name, value) != null) {
					return refused(fields, name + " appears more than once");
				}
			}
			start = end + 1;
		}
		return new FormBody(fields, null);
	}

	private static boolean isForm(String contentType) {
		String[] parts = contentType.toLowerCase(Locale.ROOT).split(";");
		if (!parts[0].strip().equals("application/x-www-form-urlencoded")) {
			return false;
		}
		for (int i = 1; i < parts.length; i++) {
			String parameter = parts[i].strip();
			if (parameter.startsWith("charset=") && !parameter.substring(8).replace("\"", "").strip().equals("utf-8")) {
				return false;
			}
		}
		return true;
	}

	private static FormBody refused(Map<String, String> fields, String problem) {
		return new FormBody(Map.copyOf(fields), problem);
	}

	/**
	 * The msgId and dataType of an oversized body, when its start has them, for the log.
	 */
	private static Map<String, String> namesOf(byte[] bytes) {
		String start = "&" + new String(bytes, 0, Math.min(bytes.length, 64 * 1024), StandardCharsets.ISO_8859_1);
		Map<String, String> names = new LinkedHashMap<>();
		for (String name : new String[] { "msgId", "dataType" }) {
			int at = start.indexOf("&" + name + "=");
			if (at >= 0) {
				int from = at + name.length() + 2;
				int end = start.indexOf('&', from);
				byte[] raw = start.substring(from, (end < 0) ? Math.min(start.length(), from + 64) : end)
					.getBytes(StandardCharsets.ISO_8859_1);
				String value = decode(raw, 0, raw.length);
				if (value != null) {
					names.put(name, value);
				}
			}
		}
		return names;
	}

	private static void drain(InputStream body) throws IOException {
		long drained = 0;
		byte[] buffer = new byte[64 * 1024];
		int read;
		while (drained < DRAIN_LIMIT && (read = body.read(buffer)) >= 0) {
			drained += read;
		}
	}

	private static int indexOf(byte[] bytes, byte wanted, int from) {
		for (int i = from; i < bytes.length; i++) {
			if (bytes[i] == wanted) {
				return i;
			}
		}
		return bytes.length;
	}

	/** Percent-decodes {@code bytes[from, to)} and reads it as strict UTF-8. */
	private static @Nullable String decode(byte[] bytes, int from, int to) {
		ByteArrayOutputStream decoded = new ByteArrayOutputStream(to - from);
		for (int i = from; i < to; i++) {
			byte b = bytes[i];
			if (b == '+') {
				decoded.write(' ');
			}
			else if (b == '%') {
				if (i + 2 >= to) {
					return null;
				}
				int high = Character.digit(bytes[i + 1], 16);
				int low = Character.digit(bytes[i + 2], 16);
				if (high < 0 || low < 0) {
					return null;
				}
				decoded.write((high << 4) + low);
				i += 2;
			}
			else {
				decoded.write(b);
			}
		}
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(decoded.toByteArray()))
				.toString();
		}
		catch (CharacterCodingException ex) {
			return null;
		}
	}

}
