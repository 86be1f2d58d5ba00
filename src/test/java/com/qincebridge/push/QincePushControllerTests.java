package com.qincebridge.push;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import com.qincebridge.qince.QinceProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

/**
 * The receiver without a push secret: it says so at start, answers 1 without a trace and
 * stores nothing.
 */
@ExtendWith(OutputCaptureExtension.class)
class QincePushControllerTests {

	private final QincePushes pushes = mock(QincePushes.class);

	private final PushProcessor processor = mock(PushProcessor.class);

	private final QinceProperties noSecret = new QinceProperties("https://openapi.waiqin365.com", "o", "k", null,
			Duration.ofSeconds(10), Duration.ofSeconds(60), 4, 5, 4, Duration.ofMillis(500), Duration.ofSeconds(30));

	@Test
	void serveWithoutAPushSecretSaysAtStartThatTheReceiverIsOff(CapturedOutput output) {
		new PushReceiverStart(this.noSecret, this.processor).onApplicationEvent(mock(WebServerInitializedEvent.class));

		assertThat(output).contains("The push receiver is off: bridge.qince.push-secret (BRIDGE_QINCE_PUSH_SECRET) "
				+ "is not set, so every push is answered {\"return_code\":1}");
		verify(this.processor).resumeReceived();
	}

	@Test
	void withoutAPushSecretEveryPushIsAnsweredOneOnOneLine(CapturedOutput output) {
		QinceProperties noSecret = this.noSecret;
		PushProperties settings = new PushProperties(DataSize.ofMegabytes(2), Duration.ofDays(11),
				Duration.ofMinutes(5), 2, Duration.ofSeconds(30));
		QincePushController controller = new QincePushController(noSecret, settings, this.pushes, this.processor,
				Clock.fixed(Instant.parse("2025-10-01T00:00:00Z"), ZoneOffset.UTC), (event) -> {
				});
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/qince/push");
		request.setContentType("application/x-www-form-urlencoded");
		request.setContent("msgId=m1&dataType=ksf_statement&data=%7B%7D&timestamp=1&digest=d".getBytes());

		assertThat(controller.receive(request).getBody()).isEqualTo("{\"return_code\":1}");

		assertThat(output).contains("refused: the push receiver is off (bridge.qince.push-secret is not set)")
			.doesNotContain("Exception");
		verifyNoInteractions(this.pushes, this.processor);
	}

}
