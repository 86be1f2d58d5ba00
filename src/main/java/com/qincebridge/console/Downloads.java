package com.qincebridge.console;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The .xlsx downloads of the console's lists. */
final class Downloads {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private Downloads() {
	}

	static ResponseEntity<byte[]> xlsx(String fileName, List<String> header, List<List<?>> rows) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		XlsxTable.write(fileName.replaceAll("\\.xlsx$", ""), header, rows, bytes);
		return ResponseEntity.ok()
			.contentType(XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
			.body(bytes.toByteArray());
	}

}
