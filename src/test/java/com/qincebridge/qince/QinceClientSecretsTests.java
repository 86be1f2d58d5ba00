package com.qincebridge.qince;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import com.qincebridge.http.ApiException;
import com.qincebridge.http.ApiLimits;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static com.qincebridge.qince.QinceTestSupport.APPKEY;
import static com.qincebridge.qince.QinceTestSupport.OPENID;
import static com.qincebridge.qince.QinceTestSupport.SAVED;
import static com.qincebridge.qince.QinceTestSupport.TIMESTAMP;
import static com.qincebridge.qince.QinceTestSupport.json;
import static com.qincebridge.qince.QinceTestSupport.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The openid, the appkey and the digests never reach the logs or exception messages, even
 * at DEBUG and through retries and failures.
 */
@ExtendWith(OutputCaptureExtension.class)
class QinceClientSecretsTests {

	private static final StatementErrorLog ERROR_LOG = new StatementErrorLog("CUS000004", "2019-11-25", "客户不存在!", null);

	@StartStop
	final MockWebServer server = new MockWebServer();

	private final Logger logger = (Logger) LoggerFactory.getLogger("com.qincebridge");

	private Level previousLevel;

	@BeforeEach
	void logEverything() {
		this.previousLevel = this.logger.getLevel();
		this.logger.setLevel(Level.DEBUG);
	}

	@AfterEach
	void restoreLevel() {
		this.logger.setLevel(this.previousLevel);
	}

	@Test
	void secretsAreNeitherLoggedNorInExceptions(CapturedOutput output) throws Exception {
		this.server.enqueue(json(SAVED));
		this.server.enqueue(status(500, "busy"));
		this.server.enqueue(json(SAVED));
		this.server.enqueue(json("{\"msg_id\":\"PRD00001\",\"return_code\":100608,\"return_msg\":\"对账单号为空\"}"));
		this.server.enqueue(status(503, "down"));
		this.server.enqueue(status(503, "down"));
		this.server.enqueue(new MockResponse.Builder().body(SAVED).headersDelay(1, TimeUnit.SECONDS).build());
		this.server.enqueue(new MockResponse.Builder().body(SAVED).headersDelay(1, TimeUnit.SECONDS).build());
		QinceClient client = QinceTestSupport.client(this.server, new ApiLimits(Duration.ofSeconds(1),
				Duration.ofMillis(200), 2, 1000, 2, Duration.ofMillis(1), Duration.ofMillis(2)),
				QinceTestSupport.CLOCK);
		List<String> messages = new ArrayList<>();

		client.saveStatementError(ERROR_LOG);
		client.saveStatementError(ERROR_LOG);
		for (int i = 0; i < 3; i++) {
			ApiException failure = catchThrowableOfType(ApiException.class, () -> client.saveStatementError(ERROR_LOG));
			assertThat(failure).isNotNull();
			messages.add(failure.toString());
		}

		assertThat(this.server.getRequestCount()).isEqualTo(8);
		List<String> secrets = new ArrayList<>(List.of(OPENID, APPKEY));
		for (int i = 0; i < 8; i++) {
			RecordedRequest request = this.server.takeRequest(1, TimeUnit.SECONDS);
			assertThat(request).isNotNull();
			secrets.add(request.getUrl().pathSegments().get(6));
		}
		assertThat(output.getAll()).contains("/saveStatementError/***/" + TIMESTAMP + "/***/");
		for (String secret : secrets) {
			assertThat(output.getAll()).doesNotContain(secret);
			assertThat(messages).noneMatch((message) -> message.contains(secret));
		}
	}

}
