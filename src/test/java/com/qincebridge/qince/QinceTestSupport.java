package com.qincebridge.qince;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import com.qincebridge.http.ApiJson;
import com.qincebridge.http.ApiLimits;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the Qince client tests share: the tenant, a fixed clock, fast limits, answers in
 * the documented shapes, and the check that a recorded request was signed correctly.
 */
final class QinceTestSupport {

	static final String OPENID = "6607300009012345678";

	static final String APPKEY = "tEsTaPpKeY0Qince_x";

	/** 2025-12-01 02:30:05 in Asia/Shanghai. */
	static final Clock CLOCK = Clock.fixed(Instant.parse("2025-11-30T18:30:05Z"), ZoneOffset.UTC);

	static final String TIMESTAMP = "20251201023005";

	static final String CONTENT_TYPE = "application/json;charset=UTF-8";

	/** The save answer of the statement documents. */
	static final String SAVED = """
			{
			    "msg_id": "PRD00001",
			    "return_code": 0
			}
			""";

	private QinceTestSupport() {
	}

	static ApiLimits limits(int maxAttempts) {
		return new ApiLimits(Duration.ofSeconds(2), Duration.ofSeconds(2), 4, 1000, maxAttempts, Duration.ofMillis(1),
				Duration.ofMillis(5));
	}

	static QinceClient client(MockWebServer server) {
		return client(server, limits(3), CLOCK);
	}

	static QinceClient client(MockWebServer server, ApiLimits limits, Clock clock) {
		return new QinceClient(server.url("/").toString(), OPENID, APPKEY, limits, clock);
	}

	/** A clock that moves one second further on each reading. */
	static Clock ticking() {
		return new Clock() {
			private Instant next = CLOCK.instant();

			@Override
			public synchronized Instant instant() {
				Instant now = this.next;
				this.next = now.plusSeconds(1);
				return now;
			}

			@Override
			public ZoneId getZone() {
				return ZoneOffset.UTC;
			}

			@Override
			public Clock withZone(ZoneId zone) {
				throw new UnsupportedOperationException();
			}
		};
	}

	static MockResponse json(String body) {
		return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json").body(body).build();
	}

	static MockResponse status(int code, String body) {
		return new MockResponse.Builder().code(code).body(body).build();
	}

	/**
	 * A documented envelope whose {@code "response_data":"<<DATA>>"} is replaced by the
	 * data as a JSON string holding JSON, as Qince sends it.
	 */
	static String withData(String envelope, String data) {
		String quoted = ApiJson.mapper().writeValueAsString(data);
		assertThat(envelope).contains("\"<<DATA>>\"");
		return envelope.replace("\"<<DATA>>\"", quoted);
	}

	/** JSON text without the whitespace between tokens, keys in the given order. */
	static String compact(String json) {
		return ApiJson.mapper().writeValueAsString(ApiJson.mapper().readTree(json));
	}

	/**
	 * Check that a request went to
	 * {@code /api/{module}/v1/{operation}/{openid}/{timestamp}/ {digest}/{msg_id}}, as a
	 * JSON POST signed over its exact body, and return it.
	 */
	static Sent sent(RecordedRequest request, String module, String operation) {
		assertThat(request.getMethod()).isEqualTo("POST");
		assertThat(request.getHeaders().get("Content-Type")).isEqualTo(CONTENT_TYPE);
		List<String> path = request.getUrl().pathSegments();
		assertThat(path).hasSize(8);
		assertThat(path.subList(0, 5)).containsExactly("api", module, "v1", operation, OPENID);
		String body = request.getBody().utf8();
		Sent sent = new Sent(path.get(5), path.get(6), path.get(7), body);
		assertThat(sent.timestamp()).matches("\\d{14}");
		assertThat(sent.msgId()).matches("[0-9a-f]{32}");
		assertThat(sent.digest()).isEqualTo(QinceSigner.digest(body, APPKEY, sent.timestamp()));
		return sent;
	}

	/** The parts of a recorded request that change per try, and its body. */
	record Sent(String timestamp, String digest, String msgId, String body) {
	}

}
