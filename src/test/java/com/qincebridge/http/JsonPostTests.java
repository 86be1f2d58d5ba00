package com.qincebridge.http;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class JsonPostTests {

	@StartStop
	final MockWebServer server = new MockWebServer();

	private final JsonPost post = new JsonPost(JsonPost.newHttpClient(
			new ApiLimits(Duration.ofSeconds(1), Duration.ofMillis(300), 1, 100, 1, Duration.ZERO, Duration.ZERO)),
			"application/json;charset=UTF-8", "the-app-key");

	@Test
	void sendsTheBodyExactlyWithTheGivenContentType() throws Exception {
		this.server.enqueue(new MockResponse.Builder().body("{\"ok\":true}").build());

		String answer = this.post.execute("test", this.server.url("/p"), "/p", "{\"a\":\"对账\"}");

		assertThat(answer).isEqualTo("{\"ok\":true}");
		var request = this.server.takeRequest();
		assertThat(request.getHeaders().get("Content-Type")).isEqualTo("application/json;charset=UTF-8");
		assertThat(request.getBody().utf8()).isEqualTo("{\"a\":\"对账\"}");
	}

	@Test
	void http503IsTransientAndItsExcerptHidesSecrets() {
		this.server.enqueue(new MockResponse.Builder().code(503).body("bad key the-app-key, try later").build());

		assertThatExceptionOfType(ApiUnavailableException.class)
			.isThrownBy(() -> this.post.execute("test", this.server.url("/p"), "/p", "{}"))
			.withMessage("test: HTTP 503 bad key ***, try later")
			.satisfies((ex) -> assertThat(ex.httpStatus()).isEqualTo(503));
	}

	@Test
	void http429IsTransient() {
		this.server.enqueue(new MockResponse.Builder().code(429).build());

		assertThatExceptionOfType(ApiUnavailableException.class)
			.isThrownBy(() -> this.post.execute("test", this.server.url("/p"), "/p", "{}"));
	}

	@Test
	void http403IsPermanent() {
		this.server.enqueue(new MockResponse.Builder().code(403).body("IP not whitelisted").build());

		assertThatExceptionOfType(ApiHttpStatusException.class)
			.isThrownBy(() -> this.post.execute("test", this.server.url("/p"), "/p", "{}"))
			.withMessage("test: HTTP 403 IP not whitelisted");
	}

	@Test
	void slowAnswerIsATimeout() {
		this.server.enqueue(new MockResponse.Builder().body("{}").headersDelay(1, TimeUnit.SECONDS).build());

		assertThatExceptionOfType(ApiTransportException.class)
			.isThrownBy(() -> this.post.execute("test", this.server.url("/p"), "/p", "{}"))
			.satisfies((ex) -> assertThat(ex.isTimeout()).isTrue());
	}

}
