package com.qincebridge.qince;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

import static com.qincebridge.qince.QinceTestSupport.SAVED;
import static com.qincebridge.qince.QinceTestSupport.json;
import static com.qincebridge.qince.QinceTestSupport.sent;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * One client shared by many threads, as the jobs share it.
 */
class QinceClientConcurrencyTests {

	private static final int CALLS = 16;

	@StartStop
	final MockWebServer server = new MockWebServer();

	@Test
	void concurrentCallsAreEachSignedWithTheirOwnMsgId() throws Exception {
		for (int i = 0; i < CALLS; i++) {
			this.server.enqueue(json(SAVED));
		}
		QinceClient client = QinceTestSupport.client(this.server);
		List<Callable<QinceAck>> calls = IntStream.range(0, CALLS)
			.<Callable<QinceAck>>mapToObj((
					i) -> () -> client.saveExpenseError(new StatementErrorLog("CUS" + i, "2025-11-01", "客户不存在!", null)))
			.toList();
		ExecutorService executor = Executors.newFixedThreadPool(8);
		Set<String> ackedIds = new HashSet<>();
		try {
			for (Future<QinceAck> ack : executor.invokeAll(calls)) {
				ackedIds.add(ack.get().msgId());
			}
		}
		finally {
			executor.shutdown();
		}

		Set<String> sentIds = new HashSet<>();
		for (int i = 0; i < CALLS; i++) {
			sentIds.add(sent(this.server.takeRequest(), "ksfreport", "saveExpenseError").msgId());
		}
		assertThat(sentIds).hasSize(CALLS).isEqualTo(ackedIds);
	}

}
