package com.qincebridge.sandbox;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Sends pushes as Qince does: a form POST ({@code application/x-www-form-urlencoded},
 * UTF-8), signed with the push secret. Waits up to 10 seconds for the answer (Qince wants
 * one within 5).
 */
final class PushSender {

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final SandboxCredentials credentials;

	private final Clock clock;

	PushSender(SandboxCredentials credentials, Clock clock) {
		this.credentials = credentials;
		this.clock = clock;
	}

	PushAnswer send(URI url, Push push) throws IOException, InterruptedException {
		Map<String, String> form = form(push);
		String encoded = form.entrySet()
			.stream()
			.map((field) -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&"));
		HttpRequest request = HttpRequest.newBuilder(url)
			.timeout(Duration.ofSeconds(10))
			.header("Content-Type", "application/x-www-form-urlencoded;charset=UTF-8")
			.POST(HttpRequest.BodyPublishers.ofString(encoded, StandardCharsets.UTF_8))
			.build();
		HttpResponse<String> response = this.http.send(request,
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		return new PushAnswer(Collections.unmodifiableMap(form), response.statusCode(), response.body());
	}

	Map<String, String> form(Push push) {
		String timestamp = (push.timestamp() != null) ? push.timestamp()
				: Long.toString(this.clock.instant().toEpochMilli());
		String digest = (push.digest() != null) ? push.digest()
				: QinceSignature.digest(push.data(), this.credentials.qincePushSecret(), timestamp);
		Map<String, String> form = new LinkedHashMap<>();
		form.put("msgId", push.msgId());
		form.put("dataId", push.dataId());
		form.put("dataVersion", push.dataVersion());
		form.put("dataFormat", push.dataFormat());
		form.put("dataSource", push.dataSource());
		form.put("timestamp", timestamp);
		form.put("status", push.status());
		form.put("statusTime", push.statusTime());
		form.put("tenantId", this.credentials.qinceTenantId());
		form.put("digest", digest);
		form.put("dataType", push.dataType());
		form.put("data", push.data());
		return form;
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
