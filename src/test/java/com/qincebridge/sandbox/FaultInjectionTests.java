package com.qincebridge.sandbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import com.qincebridge.erp.ErpBusinessType;
import com.qincebridge.erp.ErpClient;
import com.qincebridge.erp.ErpQuery;
import com.qincebridge.http.ApiNotEnvelopeException;
import com.qincebridge.http.ApiLimits;
import com.qincebridge.http.ApiRejectedException;
import com.qincebridge.http.ApiTransportException;
import com.qincebridge.http.ApiUnavailableException;
import com.qincebridge.qince.QinceClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Every kind of fault, on the Nth call and at a rate, as the product's clients see it.
 */
class FaultInjectionTests {

	private final Sandbox sandbox = Sandbox.start();

	private final ErpClient erp = SandboxTestSupport.erpClient(this.sandbox);

	private final QinceClient qince = SandboxTestSupport.qinceClient(this.sandbox);

	@AfterEach
	void close() {
		this.erp.close();
		this.sandbox.close();
	}

	@Test
	void latencyDelaysOnlyTheNthCall() {
		FaultPlan faults = this.sandbox.erp().faults();
		faults.inject("FB_RECEIVABLE/query", Fault.latency(Duration.ofMillis(400)), Trigger.onCall(2));

		assertThat(IntStream.rangeClosed(1, 3).mapToObj((call) -> faults.decide("FB_RECEIVABLE/query", call).latency()))
			.containsExactly(Duration.ZERO, Duration.ofMillis(400), Duration.ZERO);
		// the simulator holds that answer: it cannot come sooner, however fast the
		// machine
		this.erp.queryReceivables(ErpQuery.of("101").withLimit(1));
		long started = System.nanoTime();
		this.erp.queryReceivables(ErpQuery.of("101").withLimit(1));
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(400));
		assertThat(this.sandbox.erp().calls("FB_RECEIVABLE/query")).isEqualTo(2);
	}

	@Test
	void anHttp5xxIsRetriedByTheClientAndTheSecondTryProcessed() {
		this.sandbox.qince().faults().inject("saveStatement", Fault.httpStatus(503), Trigger.onCall(1));
		QinceClient retrying = SandboxTestSupport.qinceClient(this.sandbox, SandboxTestSupport.limits(3));
		retrying.saveStatement(QinceStatementClientTests.statement("HK1", "C101-0001", "1.00").toGoodsStatement());
		assertThat(this.sandbox.qince().calls("saveStatement")).isEqualTo(2);
		assertThat(this.sandbox.qince().statement("HK1").get().saveCount()).isEqualTo(1);
	}

	@Test
	void aTimeoutHoldsTheCallLongerThanTheClientWaitsAndProcessesNothing() {
		this.sandbox.erp().faults().inject("update_third_id", Fault.timeout(Duration.ofSeconds(2)), Trigger.onCall(1));
		ApiLimits impatient = new ApiLimits(Duration.ofSeconds(1), Duration.ofMillis(300), 1, 100, 1, Duration.ZERO,
				Duration.ZERO);
		ErpDocumentLine line = this.sandbox.erp().data().lines().findFirst().get();
		try (ErpClient client = SandboxTestSupport.erpClient(this.sandbox, impatient)) {
			assertThatExceptionOfType(ApiTransportException.class)
				.isThrownBy(() -> client.updateThirdId(ErpBusinessType.FB_RECEIVABLE, line.detailId(), "1"))
				.satisfies((ex) -> assertThat(ex.isTimeout()).isTrue());
		}
		assertThat(this.sandbox.erp().writeBacks()).isEmpty();
	}

	@Test
	void aBodyThatIsNotJsonOrIsTruncatedIsNotTheApisAnswer() {
		this.sandbox.qince().faults().inject("getCustomers", Fault.notJson(), Trigger.always());
		this.sandbox.erp().faults().inject("query", Fault.truncated(), Trigger.always());
		assertThatExceptionOfType(ApiNotEnvelopeException.class).isThrownBy(this.qince::getCustomers);
		assertThatExceptionOfType(ApiNotEnvelopeException.class)
			.isThrownBy(() -> this.erp.queryPayments(ErpQuery.of("101")));
		this.sandbox.qince().faults().clear();
		this.sandbox.erp().faults().clear();
		assertThat(this.qince.getCustomers()).isNotEmpty();
		assertThat(this.erp.queryPayments(ErpQuery.of("101")).rows()).isNotEmpty();
	}

	@Test
	void businessErrorsAreTheApisOwnRefusals() {
		this.sandbox.erp().faults().inject("FB_PAYABLE", Fault.businessError("00009", "系统繁忙"), Trigger.onCall(1));
		this.sandbox.qince()
			.faults()
			.inject("saveStatement", Fault.businessError("100608", "对账单号为空"), Trigger.onCall(1));
		assertThatExceptionOfType(ApiRejectedException.class)
			.isThrownBy(() -> this.erp.queryPayables(ErpQuery.of("101")))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("00009"));
		assertThatExceptionOfType(ApiRejectedException.class)
			.isThrownBy(() -> this.qince
				.saveStatement(QinceStatementClientTests.statement("HK2", "C101-0001", "1.00").toGoodsStatement()))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("100608"));
		assertThat(this.sandbox.qince().statement("HK2")).isEmpty();
	}

	@Test
	void acceptThenFailStoresTheStatementButTheClientSeesA500() {
		this.sandbox.qince().faults().inject("saveStatement", Fault.acceptThenFail(), Trigger.onCall(1));
		this.sandbox.erp().faults().inject("update_voucher_no", Fault.acceptThenFail(), Trigger.onCall(1));
		assertThatExceptionOfType(ApiUnavailableException.class).isThrownBy(() -> this.qince
			.saveStatement(QinceStatementClientTests.statement("HK3", "C101-0001", "1.00").toGoodsStatement()));
		assertThat(this.sandbox.qince().statement("HK3").get().saveCount()).isEqualTo(1);
		ErpDocumentLine line = this.sandbox.erp().data().lines().findFirst().get();
		assertThatExceptionOfType(ApiUnavailableException.class)
			.isThrownBy(() -> this.erp.updateVoucherNo(ErpBusinessType.FB_RECEIVABLE, line.orderId(), "HK3"));
		assertThat(this.sandbox.erp().voucherNo(ErpDocumentType.FB_RECEIVABLE, line.orderId())).contains("HK3");
	}

	@Test
	void faultsAtARateHitTheSameCallsOnEveryRun() {
		List<Integer> failed = failingCalls(this.sandbox);
		assertThat(failed).hasSizeBetween(40, 80);
		try (Sandbox again = Sandbox.start()) {
			assertThat(failingCalls(again)).isEqualTo(failed);
		}
	}

	@Test
	void oneOfSeveralFaultsAtARateFailsThatShareOfCallsEachFaultAboutEvenlyAndCountsThem() {
		List<Fault> faults = List.of(Fault.httpStatus(503), Fault.httpStatus(429), Fault.notJson());
		List<String> answers = answersUnderOneOf(this.sandbox, faults);
		long unavailable = answers.stream().filter("503"::equals).count();
		long tooMany = answers.stream().filter("429"::equals).count();
		long html = answers.stream().filter("html"::equals).count();
		assertThat(unavailable + tooMany + html).isBetween(45L, 75L);
		assertThat(List.of(unavailable, tooMany, html)).allSatisfy((count) -> assertThat(count).isBetween(8L, 35L));
		assertThat(this.sandbox.qince().faults().fired("getCustomers", faults.get(0))).isEqualTo((int) unavailable);
		assertThat(this.sandbox.qince().faults().fired("getCustomers", faults.get(1))).isEqualTo((int) tooMany);
		assertThat(this.sandbox.qince().faults().fired("*", faults.get(2))).isEqualTo((int) html);
		assertThat(this.sandbox.qince().faults().fired("saveStatement", faults.get(2))).isZero();
		try (Sandbox again = Sandbox.start()) {
			assertThat(answersUnderOneOf(again, faults)).isEqualTo(answers);
		}
		this.sandbox.qince().faults().clear();
		assertThat(this.sandbox.qince().faults().fired("*", faults.get(0))).isZero();
	}

	@Test
	void aRuleFromACallOnTakesTheEndpointDownUntilCleared() {
		this.sandbox.erp().faults().inject("*", Fault.httpStatus(502), Trigger.fromCall(2));
		this.erp.queryReceipts(ErpQuery.of("101").withLimit(1));
		assertThatExceptionOfType(ApiUnavailableException.class)
			.isThrownBy(() -> this.erp.queryReceipts(ErpQuery.of("101").withLimit(1)))
			.satisfies((ex) -> assertThat(ex.httpStatus()).isEqualTo(502));
		this.sandbox.erp().faults().clear();
		this.erp.queryReceipts(ErpQuery.of("101").withLimit(1));
		assertThat(this.sandbox.erp().calls("FB_RECEIVE")).isEqualTo(3);
	}

	@Test
	void rulesNameEndpointsWholeByHalfOrAsTheClientsExceptionsDo() {
		assertThat(FaultPlan.matches("FB_RECEIVE/query", "FB_RECEIVE/query")).isTrue();
		assertThat(FaultPlan.matches("FB_RECEIVE query", "FB_RECEIVE/query")).isTrue();
		assertThat(FaultPlan.matches("zhixdl FB_RECEIVE query", "FB_RECEIVE/query")).isTrue();
		assertThat(FaultPlan.matches("qince ksfStatement/saveStatement", "ksfStatement/saveStatement")).isTrue();
		assertThat(FaultPlan.matches("query", "FB_PAYMENT/query")).isTrue();
		assertThat(FaultPlan.matches("FB_PAYMENT", "FB_PAYMENT/update_third_id")).isTrue();
		assertThat(FaultPlan.matches("*", "cuxiaoPrepayment/addApply")).isTrue();
		assertThat(FaultPlan.matches("FB_RECEIVE", "FB_RECEIVABLE/query")).isFalse();
		assertThat(FaultPlan.matches("saveStatement", "ksfStatement/saveStatementError")).isFalse();
		assertThat(FaultPlan.matches("extFiledUpdate", "cuxiaoOnLineCostPrepayment/extFiledUpdate")).isTrue();
	}

	/**
	 * What each of 600 getCustomers calls got under a 10% rate of one of the faults: ok,
	 * the status of an error page, or html for an HTML page with 200.
	 */
	private static List<String> answersUnderOneOf(Sandbox sandbox, List<Fault> faults) {
		sandbox.qince().faults().injectOneOf("getCustomers", Trigger.atRate(0.1), faults);
		List<String> answers = new ArrayList<>();
		for (int call = 1; call <= 600; call++) {
			SandboxTestSupport.HttpAnswer answer = SandboxTestSupport.postQince(sandbox, "ksfStatement", "getCustomers",
					"{}");
			answers.add((answer.status() != 200) ? Integer.toString(answer.status())
					: answer.body().startsWith("{") ? "ok" : "html");
		}
		return answers;
	}

	/** The numbers of the getCustomers calls, of 200, that a 30% rate of 500s fails. */
	private static List<Integer> failingCalls(Sandbox sandbox) {
		sandbox.qince().faults().inject("getCustomers", Fault.httpStatus(500), Trigger.atRate(0.3));
		List<Integer> failed = new ArrayList<>();
		for (int call = 1; call <= 200; call++) {
			if (SandboxTestSupport.postQince(sandbox, "ksfStatement", "getCustomers", "{}").status() == 500) {
				failed.add(call);
			}
		}
		return failed;
	}

}
