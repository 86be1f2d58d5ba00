package com.qincebridge.erp;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static com.qincebridge.erp.ErpFixtures.APP_KEY;
import static com.qincebridge.erp.ErpFixtures.UPDATED;
import static com.qincebridge.erp.ErpFixtures.ok;
import static com.qincebridge.erp.ErpFixtures.onePage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ErpClientSetupTests {

	@StartStop
	private final MockWebServer server = new MockWebServer();

	@ParameterizedTest
	@ValueSource(
			strings = { "", "/", "/open/company-customize-service/query", "/open/company-customize-service/query/" })
	void baseUrlWithOrWithoutSlashOrTheDocumentedPathReachesTheEndpoint(String path) throws Exception {
		this.server.enqueue(ok(onePage()));
		String baseUrl = "http://" + this.server.getHostName() + ":" + this.server.getPort() + path;
		try (ErpClient client = new ErpClient(baseUrl, APP_KEY, ErpFixtures.limits())) {
			client.queryReceivables(ErpQuery.of("101"));
		}
		assertThat(this.server.takeRequest().getTarget()).isEqualTo("/open/company-customize-service/query");
	}

	@Test
	void baseUrlPathIsKeptInFrontOfTheEndpoint() throws Exception {
		this.server.enqueue(ok(onePage()));
		try (ErpClient client = new ErpClient(this.server.url("/erp/").toString(), APP_KEY, ErpFixtures.limits())) {
			client.queryReceivables(ErpQuery.of("101"));
		}
		assertThat(this.server.takeRequest().getTarget()).isEqualTo("/erp/open/company-customize-service/query");
	}

	@ParameterizedTest
	@ValueSource(strings = { "ftp://www.zhixdl.com", "www.zhixdl.com", "https://www.zhixdl.com/?tenant=1",
			"https://www.zhixdl.com/#top" })
	void badBaseUrlFailsFastNamingIt(String baseUrl) {
		assertThatIllegalArgumentException().isThrownBy(() -> new ErpClient(baseUrl, APP_KEY, ErpFixtures.limits()))
			.withMessageContaining(baseUrl);
	}

	@Test
	void baseUrlWithPasswordFailsWithoutShowingIt() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ErpClient("https://me:pa55@www.zhixdl.com", APP_KEY, ErpFixtures.limits()))
			.withMessageNotContaining("pa55");
	}

	@Test
	void blankAppKeyFailsFast() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ErpClient("https://www.zhixdl.com", " ", ErpFixtures.limits()))
			.withMessageContaining("appKey");
	}

	@Test
	void manyThreadsShareOneClientWithinItsConcurrencyLimit() throws Exception {
		AtomicInteger inFlight = new AtomicInteger();
		AtomicInteger mostInFlight = new AtomicInteger();
		this.server.setDispatcher(new Dispatcher() {
			@Override
			public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
				mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
				Thread.sleep(20);
				inFlight.decrementAndGet();
				return ok(UPDATED);
			}
		});
		ExecutorService threads = Executors.newFixedThreadPool(16);
		try (ErpClient client = ErpFixtures.client(this.server)) {
			List<Future<?>> calls = new ArrayList<>();
			for (int i = 0; i < 40; i++) {
				String detailId = "d" + i;
				calls.add(threads.submit(() -> client.updateThirdId(ErpBusinessType.FB_RECEIVE, detailId, "QC")));
			}
			for (Future<?> call : calls) {
				call.get(10, TimeUnit.SECONDS);
			}
		}
		finally {
			threads.shutdownNow();
		}
		Set<String> bodies = new HashSet<>();
		for (int i = 0; i < 40; i++) {
			bodies.add(this.server.takeRequest().getBody().utf8());
		}
		assertThat(bodies).hasSize(40);
		assertThat(mostInFlight.get()).isBetween(2, ErpFixtures.limits().maxConcurrency());
	}

}
