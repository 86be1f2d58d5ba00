package com.qincebridge.sandbox;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import com.sun.net.httpserver.HttpExchange;
import org.jspecify.annotations.Nullable;

/**
 * An HTTP request as a simulator sees it.
 *
 * @param method GET, POST, …
 * @param path the decoded path
 * @param body the body decoded as UTF-8
 * @param acceptEncoding the Accept-Encoding header, if any
 */
record Request(String method, String path, String body, @Nullable String acceptEncoding) {

	static Request read(HttpExchange exchange) throws IOException {
		byte[] body = exchange.getRequestBody().readAllBytes();
		return new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
				new String(body, StandardCharsets.UTF_8), exchange.getRequestHeaders().getFirst("Accept-Encoding"));
	}

	boolean isPost() {
		return "POST".equalsIgnoreCase(this.method);
	}

	boolean acceptsGzip() {
		return this.acceptEncoding != null && this.acceptEncoding.contains("gzip");
	}

}
