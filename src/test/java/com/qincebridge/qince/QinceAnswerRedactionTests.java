package com.qincebridge.qince;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import com.qincebridge.http.ApiNotEnvelopeException;
import com.qincebridge.http.ApiLimits;
import com.qincebridge.http.ApiRejectedException;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class QinceAnswerRedactionTests {

	private static final String OPENID = "tenant-openid-77";

	private static final String APPKEY = "tenant-appkey-99";

	@StartStop
	final MockWebServer server = new MockWebServer();

	private QinceClient client() {
		return new QinceClient(this.server.url("/").toString(), OPENID, APPKEY,
				new ApiLimits(Duration.ofSeconds(1), Duration.ofSeconds(1), 1, 100, 1, Duration.ZERO, Duration.ZERO),
				Clock.fixed(Instant.parse("2025-11-30T18:30:05Z"), ZoneOffset.UTC));
	}

	@Test
	void rejectionThatEchoesTheOpenidIsQuotedWithoutIt() {
		this.server.enqueue(new MockResponse.Builder()
			.body("{\"return_code\":1,\"return_msg\":\"openid " + OPENID + " is not allowed\"}")
			.build());

		assertThatExceptionOfType(ApiRejectedException.class).isThrownBy(() -> client().getCustomers())
			.withMessageContaining("openid *** is not allowed")
			.withMessageNotContaining(OPENID);
	}

	@Test
	void garbageThatEchoesTheRequestPathIsQuotedWithoutSecrets() {
		this.server.enqueue(new MockResponse.Builder()
			.body("<html>no route for /api/ksfStatement/v1/getCustomers/" + OPENID + "/x key=" + APPKEY + "</html>")
			.build());

		assertThatExceptionOfType(ApiNotEnvelopeException.class).isThrownBy(() -> client().getCustomers())
			.withMessageNotContaining(OPENID)
			.withMessageNotContaining(APPKEY)
			.withMessageContaining("getCustomers/***/x key=***");
	}

}
