package com.qincebridge.qince;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.qincebridge.http.ApiHttpStatusException;
import com.qincebridge.http.ApiLimits;
import com.qincebridge.http.ApiNotEnvelopeException;
import com.qincebridge.http.ApiRejectedException;
import com.qincebridge.http.ApiTransportException;
import com.qincebridge.http.ApiUnavailableException;
import com.qincebridge.http.PermanentApiException;
import com.qincebridge.http.TransientApiException;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okio.Buffer;
import okio.BufferedSink;
import okio.GzipSink;
import okio.Okio;
import org.junit.jupiter.api.Test;

import static com.qincebridge.qince.QinceTestSupport.SAVED;
import static com.qincebridge.qince.QinceTestSupport.json;
import static com.qincebridge.qince.QinceTestSupport.sent;
import static com.qincebridge.qince.QinceTestSupport.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * How the client sorts what can go wrong: rejections, retries, timeouts, broken answers,
 * and bad settings.
 */
class QinceClientFailureTests {

	private static final StatementErrorLog ERROR_LOG = new StatementErrorLog("CUS000004", "2019-11-25", "客户不存在!", null);

	@StartStop
	final MockWebServer server = new MockWebServer();

	@Test
	void nonZeroReturnCodeIsRejectedWithItsCodeAndMessageAndNotRetried() {
		this.server.enqueue(json("""
				{
				    "msg_id": "PRD00001",
				    "return_code": 100608,
				    "return_msg": "对账单号为空"
				}
				"""));

		assertThatExceptionOfType(ApiRejectedException.class)
			.isThrownBy(() -> QinceTestSupport.client(this.server).saveStatementError(ERROR_LOG))
			.satisfies((ex) -> {
				assertThat(ex.code()).isEqualTo("100608");
				assertThat(ex.reason()).isEqualTo("对账单号为空");
				assertThat(ex.endpoint()).isEqualTo("qince ksfStatement/saveStatementError");
			});
		assertThat(this.server.getRequestCount()).isEqualTo(1);
	}

	@Test
	void returnCodeOneAsStringIsRejected() {
		this.server.enqueue(json("{\"msg_id\":\"PRD00001\",\"return_code\":\"1\",\"return_msg\":\"对账月份不能为空!\"}"));

		assertThatExceptionOfType(ApiRejectedException.class)
			.isThrownBy(() -> QinceTestSupport.client(this.server).queryStatement(StatementQuery.page("2019-10", 1)))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("1"))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo("对账月份不能为空!"));
	}

	@Test
	void returnCodeZeroIsSuccessAsNumberAndAsString() {
		this.server.enqueue(json("{\"msg_id\":\"PRD00001\",\"return_code\":0}"));
		this.server.enqueue(json("{\"msg_id\":\"PRD00001\",\"return_code\":\"0\",\"return_msg\":\"ok\"}"));
		QinceClient client = QinceTestSupport.client(this.server);

		assertThat(client.saveStatementError(ERROR_LOG).returnCode()).isEqualTo("0");
		assertThat(client.saveStatementError(ERROR_LOG).returnMsg()).isEqualTo("ok");
	}

	@Test
	void http500IsRetriedWithAFreshTimestampMsgIdAndDigest() throws Exception {
		this.server.enqueue(status(500, "busy"));
		this.server.enqueue(json(SAVED));
		QinceClient client = QinceTestSupport.client(this.server, QinceTestSupport.limits(3),
				QinceTestSupport.ticking());

		QinceAck ack = client.saveStatementError(ERROR_LOG);

		assertThat(this.server.getRequestCount()).isEqualTo(2);
		QinceTestSupport.Sent first = sent(this.server.takeRequest(), "ksfStatement", "saveStatementError");
		QinceTestSupport.Sent second = sent(this.server.takeRequest(), "ksfStatement", "saveStatementError");
		assertThat(second.body()).isEqualTo(first.body());
		assertThat(first.timestamp()).isEqualTo("20251201023005");
		assertThat(second.timestamp()).isEqualTo("20251201023006");
		assertThat(second.msgId()).isNotEqualTo(first.msgId());
		assertThat(second.digest()).isNotEqualTo(first.digest());
		assertThat(ack.msgId()).isEqualTo(second.msgId());
	}

	@Test
	void http503IsRetriedUntilTheAttemptsRunOut() {
		for (int i = 0; i < 4; i++) {
			this.server.enqueue(status(503, "maintenance"));
		}
		QinceClient client = QinceTestSupport.client(this.server, QinceTestSupport.limits(3), QinceTestSupport.CLOCK);

		assertThatExceptionOfType(ApiUnavailableException.class).isThrownBy(() -> client.saveStatementError(ERROR_LOG))
			.satisfies((ex) -> assertThat(ex.httpStatus()).isEqualTo(503));
		assertThat(this.server.getRequestCount()).isEqualTo(3);
	}

	@Test
	void http404IsPermanent() {
		this.server.enqueue(status(404, "no such path"));

		assertThatExceptionOfType(ApiHttpStatusException.class)
			.isThrownBy(() -> QinceTestSupport.client(this.server).saveStatementError(ERROR_LOG));
		assertThat(this.server.getRequestCount()).isEqualTo(1);
	}

	@Test
	void readTimeoutIsATransportTimeout() {
		this.server.enqueue(new MockResponse.Builder().body(SAVED).headersDelay(2, TimeUnit.SECONDS).build());
		// a zero backoff would be the natural choice, but ApiCallPolicy refuses it
		// (resilience4j
		// wants at least 1 ms)
		ApiLimits impatient = new ApiLimits(Duration.ofSeconds(1), Duration.ofMillis(200), 1, 100, 1,
				Duration.ofMillis(1), Duration.ofMillis(1));
		QinceClient client = QinceTestSupport.client(this.server, impatient, QinceTestSupport.CLOCK);

		assertThatExceptionOfType(ApiTransportException.class).isThrownBy(() -> client.saveStatementError(ERROR_LOG))
			.satisfies((ex) -> assertThat(ex.isTimeout()).isTrue());
	}

	@Test
	void html200IsRetried() throws Exception {
		this.server.enqueue(status(200, "<html>网关维护中</html>"));
		this.server.enqueue(json(SAVED));
		QinceClient client = QinceTestSupport.client(this.server, QinceTestSupport.limits(3),
				QinceTestSupport.ticking());

		QinceAck ack = client.saveStatementError(ERROR_LOG);

		assertThat(this.server.getRequestCount()).isEqualTo(2);
		QinceTestSupport.Sent first = sent(this.server.takeRequest(), "ksfStatement", "saveStatementError");
		QinceTestSupport.Sent second = sent(this.server.takeRequest(), "ksfStatement", "saveStatementError");
		assertThat(second.body()).isEqualTo(first.body());
		assertThat(second.msgId()).isNotEqualTo(first.msgId());
		assertThat(ack.msgId()).isEqualTo(second.msgId());
	}

	@Test
	void truncatedBodyIsRetried() {
		this.server.enqueue(json(SAVED.substring(0, SAVED.length() / 2)));
		this.server.enqueue(json(SAVED));

		QinceTestSupport.client(this.server).saveStatementError(ERROR_LOG);

		assertThat(this.server.getRequestCount()).isEqualTo(2);
	}

	@Test
	void html200OnEveryTryIsTransientAfterMaxAttempts() {
		for (int i = 0; i < 3; i++) {
			this.server.enqueue(status(200, "<html>网关维护中</html>"));
		}

		assertThatExceptionOfType(ApiNotEnvelopeException.class)
			.isThrownBy(() -> QinceTestSupport.client(this.server).saveStatementError(ERROR_LOG))
			.isInstanceOf(TransientApiException.class)
			.withMessageContaining("not JSON");
		assertThat(this.server.getRequestCount()).isEqualTo(3);
	}

	@Test
	void answerWithoutReturnCodeIsRetried() {
		this.server.enqueue(json("{\"msg_id\":\"PRD00001\",\"return_msg\":\"?\"}"));
		this.server.enqueue(json(SAVED));

		QinceTestSupport.client(this.server).saveStatementError(ERROR_LOG);

		assertThat(this.server.getRequestCount()).isEqualTo(2);
	}

	@Test
	void businessErrorIsPermanent() {
		this.server.enqueue(json("{\"msg_id\":\"PRD00001\",\"return_code\":\"1\",\"return_msg\":\"客户不存在!\"}"));
		this.server.enqueue(json(SAVED));

		assertThatExceptionOfType(ApiRejectedException.class)
			.isThrownBy(() -> QinceTestSupport.client(this.server).saveStatementError(ERROR_LOG))
			.isInstanceOf(PermanentApiException.class);
		assertThat(this.server.getRequestCount()).isEqualTo(1);
	}

	@Test
	void gzipAnswerIsInflated() throws Exception {
		String answer = QinceTestSupport.withData(QinceClientStatementTests.QUERY_ENVELOPE,
				"[{\"customer_code\":\"8152904002\",\"use_signature\":\"0\"}]");
		this.server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "application/json")
			.addHeader("Content-Encoding", "gzip")
			.body(gzip(answer))
			.build());

		List<StatementCustomer> customers = QinceTestSupport.client(this.server).getCustomers();

		assertThat(customers).containsExactly(new StatementCustomer("8152904002", "0"));
		assertThat(this.server.takeRequest().getHeaders().get("Accept-Encoding")).isEqualTo("gzip");
	}

	@Test
	void baseUrlWithoutSchemeFailsFastNamingIt() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new QinceClient("openapi.waiqin365.com", "o", "k", QinceTestSupport.limits(1),
					QinceTestSupport.CLOCK))
			.withMessageContaining("openapi.waiqin365.com");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new QinceClient("https://openapi.waiqin365.com/?tenant=1", "o", "k",
					QinceTestSupport.limits(1), QinceTestSupport.CLOCK))
			.withMessageContaining("https://openapi.waiqin365.com/?tenant=1");
	}

	@Test
	void baseUrlWithCredentialsFailsFastWithoutShowingThem() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new QinceClient("https://me:pa55word@openapi.waiqin365.com", "o", "k",
					QinceTestSupport.limits(1), QinceTestSupport.CLOCK))
			.withMessageContaining("openapi.waiqin365.com")
			.withMessageNotContaining("pa55word");
	}

	@Test
	void blankAppkeyFailsFast() {
		assertThatIllegalArgumentException().isThrownBy(() -> new QinceClient("https://openapi.waiqin365.com",
				QinceTestSupport.OPENID, " ", QinceTestSupport.limits(1), QinceTestSupport.CLOCK));
	}

	@Test
	void baseUrlPathPrefixIsKept() throws Exception {
		this.server.enqueue(json(SAVED));
		QinceClient client = new QinceClient(this.server.url("/gateway").toString(), QinceTestSupport.OPENID,
				QinceTestSupport.APPKEY, QinceTestSupport.limits(1), QinceTestSupport.CLOCK);

		client.saveStatementError(ERROR_LOG);

		assertThat(this.server.takeRequest().getUrl().encodedPath())
			.startsWith("/gateway/api/ksfStatement/v1/saveStatementError/" + QinceTestSupport.OPENID + "/"
					+ QinceTestSupport.TIMESTAMP + "/");
	}

	private static Buffer gzip(String text) throws Exception {
		Buffer buffer = new Buffer();
		try (BufferedSink sink = Okio.buffer(new GzipSink(buffer))) {
			sink.writeUtf8(text);
		}
		return buffer;
	}

}
