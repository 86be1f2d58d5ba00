package com.qincebridge.sandbox;

import java.nio.charset.StandardCharsets;

/**
 * An HTTP answer of a simulator.
 *
 * @param status the HTTP status
 * @param contentType the Content-Type header
 * @param body the bytes sent
 * @param gzip whether to send the body gzip-encoded (when the client accepts it)
 */
record Answer(int status, String contentType, byte[] body, boolean gzip) {

	static final String JSON = "application/json;charset=UTF-8";

	static Answer json(String json) {
		return new Answer(200, JSON, json.getBytes(StandardCharsets.UTF_8), false);
	}

	static Answer json(int status, String json) {
		return new Answer(status, JSON, json.getBytes(StandardCharsets.UTF_8), false);
	}

	/** An HTML error page like the ones proxies answer with. */
	static Answer errorPage(int status, String reason) {
		String html = "<html><head><title>" + status + " " + reason + "</title></head><body><center><h1>" + status + " "
				+ reason + "</h1></center><hr><center>nginx</center></body></html>";
		return new Answer(status, "text/html;charset=UTF-8", html.getBytes(StandardCharsets.UTF_8), false);
	}

	Answer gzipped(boolean gzipped) {
		return new Answer(this.status, this.contentType, this.body, gzipped);
	}

	String text() {
		return new String(this.body, StandardCharsets.UTF_8);
	}

}
