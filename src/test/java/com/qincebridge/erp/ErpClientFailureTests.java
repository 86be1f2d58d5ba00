package com.qincebridge.erp;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.qincebridge.http.ApiContractException;
import com.qincebridge.http.ApiException;
import com.qincebridge.http.ApiHttpStatusException;
import com.qincebridge.http.ApiNotEnvelopeException;
import com.qincebridge.http.ApiRejectedException;
import com.qincebridge.http.ApiTransportException;
import com.qincebridge.http.ApiUnavailableException;
import com.qincebridge.http.PermanentApiException;
import com.qincebridge.http.TransientApiException;

import static com.qincebridge.erp.ErpFixtures.APP_KEY;
import static com.qincebridge.erp.ErpFixtures.UPDATED;
import static com.qincebridge.erp.ErpFixtures.envelope;
import static com.qincebridge.erp.ErpFixtures.ok;
import static com.qincebridge.erp.ErpFixtures.onePage;
import static com.qincebridge.erp.ErpFixtures.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ErpClientFailureTests {

	private static final ErpQuery QUERY = ErpQuery.of("101");

	@StartStop
	private final MockWebServer server = new MockWebServer();

	private ErpClient client;

	@BeforeEach
	void createClient() {
		this.client = ErpFixtures.client(this.server);
	}

	@AfterEach
	void closeClient() {
		this.client.close();
	}

	@Test
	void badAppKeyIsRejectedAndNotRetried() {
		this.server.enqueue(ok(envelope(false, "00001", "接口请求时,app_key错误", "[]")));
		ApiRejectedException ex = catchThrowableOfType(ApiRejectedException.class,
				() -> this.client.queryReceivables(QUERY));
		assertThat(ex.code()).isEqualTo("00001");
		assertThat(ex.reason()).isEqualTo("接口请求时,app_key错误");
		assertThat(ex.endpoint()).isEqualTo("zhixdl FB_RECEIVABLE query");
		assertThat(this.server.getRequestCount()).isEqualTo(1);
		assertNoAppKey(ex);
	}

	@Test
	void missingBusinessParamsIsRejectedAndNotRetried() {
		this.server.enqueue(ok(envelope(false, "00005", "接口请求时必须包含业务参数(business_params)", "[]")));
		assertThatExceptionOfType(ApiRejectedException.class).isThrownBy(() -> this.client.queryPayments(QUERY))
			.satisfies((ex) -> {
				assertThat(ex.code()).isEqualTo("00005");
				assertThat(ex.reason()).isEqualTo("接口请求时必须包含业务参数(business_params)");
			});
		assertThat(this.server.getRequestCount()).isEqualTo(1);
	}

	@Test
	void unknownStatusWithSuccessTrueIsRejected() {
		this.server.enqueue(ok(envelope(true, "00009", "未知", "[]")));
		assertThatExceptionOfType(ApiRejectedException.class).isThrownBy(() -> this.client.queryPayables(QUERY))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("00009"));
	}

	@Test
	void http500IsRetried() {
		this.server.enqueue(status(500));
		this.server.enqueue(ok(onePage(ErpFixtures.RECEIVABLE_EXAMPLE)));
		assertThat(this.client.queryReceivables(QUERY).rows()).hasSize(1);
		assertThat(this.server.getRequestCount()).isEqualTo(2);
	}

	@Test
	void http429IsRetried() {
		this.server.enqueue(status(429));
		this.server.enqueue(ok(UPDATED));
		this.client.updateVoucherNo(ErpBusinessType.FB_RECEIVABLE, "1972506313439121408", "HK1");
		assertThat(this.server.getRequestCount()).isEqualTo(2);
	}

	@Test
	void http503UntilTheLastTryIsThrownAfterMaxAttempts() {
		this.server.enqueue(status(503));
		this.server.enqueue(status(503));
		this.server.enqueue(status(503));
		ApiUnavailableException ex = catchThrowableOfType(ApiUnavailableException.class,
				() -> this.client.queryReceipts(QUERY));
		assertThat(ex.httpStatus()).isEqualTo(503);
		assertThat(this.server.getRequestCount()).isEqualTo(3);
		assertNoAppKey(ex);
	}

	@Test
	void http404IsPermanent() {
		this.server.enqueue(status(404));
		ApiHttpStatusException ex = catchThrowableOfType(ApiHttpStatusException.class,
				() -> this.client.queryReceivables(QUERY));
		assertThat(ex.httpStatus()).isEqualTo(404);
		assertThat(this.server.getRequestCount()).isEqualTo(1);
		assertNoAppKey(ex);
	}

	@Test
	void html200IsRetried() {
		this.server.enqueue(ok("<html><body>502 Bad Gateway</body></html>"));
		this.server.enqueue(ok(onePage(ErpFixtures.RECEIVABLE_EXAMPLE)));
		assertThat(this.client.queryReceivables(QUERY).rows()).hasSize(1);
		assertThat(this.server.getRequestCount()).isEqualTo(2);
	}

	@Test
	void truncatedBodyIsRetried() {
		this.server.enqueue(ok(UPDATED.substring(0, UPDATED.length() / 2)));
		this.server.enqueue(ok(UPDATED));
		this.client.updateVoucherNo(ErpBusinessType.FB_RECEIVABLE, "1972506313439121408", "HK1");
		assertThat(this.server.getRequestCount()).isEqualTo(2);
	}

	@Test
	void emptyBodyIsRetried() {
		this.server.enqueue(ok(""));
		this.server.enqueue(ok(UPDATED));
		this.client.updateThirdId(ErpBusinessType.FB_RECEIVE, "1972836026602778624", "QC-1");
		assertThat(this.server.getRequestCount()).isEqualTo(2);
	}

	@Test
	void jsonThatIsNotTheEnvelopeIsRetried() {
		this.server.enqueue(ok("{\"items\": []}"));
		this.server.enqueue(ok("[]"));
		this.server.enqueue(ok(onePage()));
		assertThat(this.client.queryPayables(QUERY).rows()).isEmpty();
		assertThat(this.server.getRequestCount()).isEqualTo(3);
	}

	@Test
	void html200OnEveryTryIsTransientAfterMaxAttempts() {
		for (int i = 0; i < 3; i++) {
			this.server.enqueue(ok("<html>网关错误</html>"));
		}
		ApiNotEnvelopeException ex = catchThrowableOfType(ApiNotEnvelopeException.class,
				() -> this.client.updateThirdId(ErpBusinessType.FB_RECEIVE, "1972836026602778624", "QC-1"));
		assertThat(ex).isInstanceOf(TransientApiException.class)
			.hasMessageContaining("not JSON")
			.hasMessageContaining("<html>");
		assertThat(this.server.getRequestCount()).isEqualTo(3);
	}

	@Test
	void businessErrorIsPermanent() {
		this.server.enqueue(ok(envelope(false, "00003", "接口请求时必须包含版本号(version)", "[]")));
		this.server.enqueue(ok(UPDATED));
		assertThatExceptionOfType(ApiRejectedException.class)
			.isThrownBy(() -> this.client.updateVoucherNo(ErpBusinessType.FB_RECEIVABLE, "1972506313439121408", "HK1"))
			.isInstanceOf(PermanentApiException.class);
		assertThat(this.server.getRequestCount()).isEqualTo(1);
	}

	@Test
	void envelopeWithDataOfTheWrongShapeIsPermanent() {
		this.server.enqueue(ok(envelope(true, "00000", "接口请求成功!", "\"items\"")));
		this.server.enqueue(ok(onePage()));
		assertThatExceptionOfType(ApiContractException.class).isThrownBy(() -> this.client.queryReceivables(QUERY));
		assertThat(this.server.getRequestCount()).isEqualTo(1);
	}

	@Test
	void readTimeoutIsATransportErrorThatSaysSo() {
		ErpClient impatient = new ErpClient(this.server.url("/").toString(), APP_KEY,
				ErpFixtures.limits(1, Duration.ofMillis(200)));
		this.server.enqueue(new MockResponse.Builder().body(UPDATED).headersDelay(2, TimeUnit.SECONDS).build());
		ApiTransportException ex = catchThrowableOfType(ApiTransportException.class,
				() -> impatient.updateThirdId(ErpBusinessType.FB_PAYMENT, "1971497253772271616", "QC-7"));
		assertThat(ex.isTimeout()).isTrue();
		assertNoAppKey(ex);
		impatient.close();
	}

	@Test
	void readTimeoutIsRetried() {
		ErpClient impatient = new ErpClient(this.server.url("/").toString(), APP_KEY,
				ErpFixtures.limits(2, Duration.ofMillis(200)));
		this.server.enqueue(new MockResponse.Builder().body(UPDATED).bodyDelay(2, TimeUnit.SECONDS).build());
		this.server.enqueue(ok(UPDATED));
		impatient.updateThirdId(ErpBusinessType.FB_PAYMENT, "1971497253772271616", "QC-7");
		assertThat(this.server.getRequestCount()).isEqualTo(2);
		impatient.close();
	}

	@Test
	void disconnectIsRetried() {
		this.server.enqueue(disconnect());
		this.server.enqueue(ok(onePage()));
		assertThat(this.client.queryPayables(QUERY).rows()).isEmpty();
		assertThat(this.server.getRequestCount()).isEqualTo(2);
	}

	@Test
	void disconnectOnEveryTryIsATransportError() {
		this.server.enqueue(disconnect());
		this.server.enqueue(disconnect());
		this.server.enqueue(disconnect());
		ApiTransportException ex = catchThrowableOfType(ApiTransportException.class,
				() -> this.client.queryPayables(QUERY));
		assertThat(ex.isTimeout()).isFalse();
		assertThat(this.server.getRequestCount()).isEqualTo(3);
	}

	@Test
	void appKeyEchoedByTheServerIsBlankedOut() {
		this.server.enqueue(ok(envelope(false, "00001", "app_key " + APP_KEY + " 错误", "[]")));
		for (int i = 0; i < 3; i++) {
			this.server.enqueue(ok("not json, key " + APP_KEY));
		}
		this.server.enqueue(ok(envelope(true, "00000", "ok", "{\"result\": \"" + APP_KEY + "\"}")));
		assertNoAppKey(catchThrowableOfType(ApiRejectedException.class, () -> this.client.queryReceivables(QUERY)));
		assertNoAppKey(catchThrowableOfType(ApiNotEnvelopeException.class, () -> this.client.queryReceivables(QUERY)));
		assertNoAppKey(catchThrowableOfType(ApiRejectedException.class,
				() -> this.client.updateVoucherNo(ErpBusinessType.FB_RECEIVABLE, "1", "V")));
	}

	@Test
	void permanentErrorsAreTellableFromTransientOnesByType() {
		this.server.enqueue(ok(envelope(false, "00002", "接口请求时需要使用POST方式", "[]")));
		assertThatExceptionOfType(PermanentApiException.class).isThrownBy(() -> this.client.queryReceivables(QUERY));
	}

	private static MockResponse disconnect() {
		return new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build();
	}

	private static void assertNoAppKey(ApiException ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			assertThat(String.valueOf(cause.getMessage())).doesNotContain(APP_KEY);
			assertThat(cause.toString()).doesNotContain(APP_KEY);
		}
	}

}
