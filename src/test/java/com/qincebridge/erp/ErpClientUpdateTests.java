package com.qincebridge.erp;

import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.qincebridge.http.ApiContractException;
import com.qincebridge.http.ApiRejectedException;

import static com.qincebridge.erp.ErpFixtures.APP_KEY;
import static com.qincebridge.erp.ErpFixtures.UPDATED;
import static com.qincebridge.erp.ErpFixtures.envelope;
import static com.qincebridge.erp.ErpFixtures.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ErpClientUpdateTests {

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

	@ParameterizedTest
	@CsvSource({ "FB_RECEIVABLE, receivable_order_id", "FB_RECEIVE, receive_order_id", "FB_PAYABLE, payable_order_id",
			"FB_PAYMENT, disburse_order_id" })
	void updateVoucherNoSendsTheOrderIdUnderItsTypesField(ErpBusinessType type, String idField) throws Exception {
		this.server.enqueue(ok(UPDATED));
		this.client.updateVoucherNo(type, "1234457764322223", "HK1012025090001");
		assertSent(type, "update_voucher_no",
				"{\"" + idField + "\":\"1234457764322223\",\"voucher_no\":\"HK1012025090001\"}");
	}

	@ParameterizedTest
	@CsvSource({ "FB_RECEIVABLE, receivable_order_detail_id", "FB_RECEIVE, receive_order_detail_id",
			"FB_PAYABLE, payable_order_detail_id", "FB_PAYMENT, disburse_order_detail_id" })
	void updateThirdIdSendsTheDetailIdUnderItsTypesField(ErpBusinessType type, String idField) throws Exception {
		this.server.enqueue(ok(UPDATED));
		this.client.updateThirdId(type, "1234457764322223", "QC-88");
		assertSent(type, "update_third_id", "{\"" + idField + "\":\"1234457764322223\",\"third_id\":\"QC-88\"}");
	}

	@Test
	void resultOtherThanSuccessIsPermanentAndNamesTheId() {
		this.server.enqueue(ok(envelope(true, "00000", "接口请求成功!", "{\"result\": \"fail\"}")));
		assertThatExceptionOfType(ApiRejectedException.class)
			.isThrownBy(() -> this.client.updateVoucherNo(ErpBusinessType.FB_PAYABLE, "1976944172703195136", "V1"))
			.satisfies((ex) -> {
				assertThat(ex.code()).isEqualTo("fail");
				assertThat(ex.endpoint()).isEqualTo("zhixdl FB_PAYABLE update_voucher_no");
				assertThat(ex.getMessage()).contains("payable_order_id 1976944172703195136");
			});
		assertThat(this.server.getRequestCount()).isEqualTo(1);
	}

	@Test
	void updateAnsweredWithoutResultIsPermanentAndNamesTheId() {
		this.server.enqueue(ok(envelope(true, "00000", "接口请求成功!", "[]")));
		assertThatExceptionOfType(ApiContractException.class)
			.isThrownBy(() -> this.client.updateThirdId(ErpBusinessType.FB_RECEIVE, "1972836026602778624", "QC-1"))
			.withMessageContaining("receive_order_detail_id 1972836026602778624");
		assertThat(this.server.getRequestCount()).isEqualTo(1);
	}

	@Test
	void updateRefusedByTheEnvelopeIsRejected() {
		this.server.enqueue(ok(envelope(false, "00004", "接口请求时必须包含业务类型参数(business_type)", "[]")));
		assertThatExceptionOfType(ApiRejectedException.class)
			.isThrownBy(() -> this.client.updateThirdId(ErpBusinessType.FB_RECEIVE, "1972836026602778624", "QC-1"))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("00004"));
	}

	@Test
	void blankIdIsRefusedBeforeSending() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.client.updateVoucherNo(ErpBusinessType.FB_RECEIVABLE, " ", "V1"))
			.withMessageContaining("receivable_order_id");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.client.updateThirdId(ErpBusinessType.FB_RECEIVABLE, "1", ""))
			.withMessageContaining("third_id");
		assertThat(this.server.getRequestCount()).isZero();
	}

	private void assertSent(ErpBusinessType type, String method, String params) throws InterruptedException {
		RecordedRequest request = this.server.takeRequest();
		assertThat(request.getMethod()).isEqualTo("POST");
		assertThat(request.getTarget()).isEqualTo("/open/company-customize-service/query");
		assertThat(request.getHeaders().get("Content-Type")).isEqualTo("application/json; charset=UTF-8");
		assertThat(request.getBody().utf8())
			.isEqualTo("{\"app_key\":\"" + APP_KEY + "\",\"version\":\"100\",\"method\":\"" + method
					+ "\",\"business_type\":\"" + type.name() + "\",\"business_params\":" + params + "}");
	}

}
