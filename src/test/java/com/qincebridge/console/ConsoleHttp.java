package com.qincebridge.console;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A browser-like HTTP client for the security tests: cookies, no redirects followed. */
final class ConsoleHttp {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final HttpClient client = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private final String base;

	ConsoleHttp(int port) {
		this.base = "http://localhost:" + port;
	}

	HttpResponse<String> get(String path) throws Exception {
		return this.client.send(
				HttpRequest.newBuilder(URI.create(this.base + path)).header("Accept", "text/html").build(),
				HttpResponse.BodyHandlers.ofString());
	}

	HttpResponse<String> get(String path, Map<String, String> headers) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + path));
		headers.forEach(request::header);
		return this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
		return post(path, form, "text/html");
	}

	/** A form post as Qince makes it: accepting any answer. */
	HttpResponse<String> push(Map<String, String> form) throws Exception {
		return post("/qince/push", form, "*/*");
	}

	private HttpResponse<String> post(String path, Map<String, String> form, String accept) throws Exception {
		String body = form.entrySet()
			.stream()
			.map((entry) -> entry.getKey() + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return this.client.send(HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", accept)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** The CSRF token of the page at the path (a page with a form). */
	String csrf(String path) throws Exception {
		Matcher matcher = CSRF.matcher(get(path).body());
		if (!matcher.find()) {
			throw new AssertionError("no CSRF token on " + path);
		}
		return matcher.group(1);
	}

	HttpResponse<String> logIn(String user, String password) throws Exception {
		return post("/login", Map.of("username", user, "password", password, "_csrf", csrf("/login")));
	}

}
