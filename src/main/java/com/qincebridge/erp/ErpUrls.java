package com.qincebridge.erp;

import okhttp3.HttpUrl;

/**
 * Derives the one endpoint address from the configured base URL, failing fast with the
 * value in the message.
 */
final class ErpUrls {

	private ErpUrls() {
	}

	static HttpUrl endpoint(String baseUrl) {
		HttpUrl base = HttpUrl.parse(baseUrl.strip());
		if (base == null) {
			throw new IllegalArgumentException("baseUrl must be an http or https URL: \"" + baseUrl + "\"");
		}
		if (!base.username().isEmpty() || !base.password().isEmpty()) {
			throw new IllegalArgumentException("baseUrl must not carry a user or password: " + base.redact());
		}
		if (base.query() != null || base.fragment() != null) {
			throw new IllegalArgumentException("baseUrl must have no query or fragment: " + baseUrl);
		}
		String path = base.encodedPath().replaceAll("/+$", "");
		if (!path.endsWith(ErpClient.PATH)) {
			path = path + ErpClient.PATH;
		}
		return base.newBuilder().encodedPath(path).build();
	}

}
