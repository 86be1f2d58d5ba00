package com.qincebridge.qince;

import com.qincebridge.http.ApiContractException;
import com.qincebridge.http.ApiNotEnvelopeException;
import com.qincebridge.http.ApiRejectedException;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static com.qincebridge.qince.QinceTestSupport.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The forms response_data takes: a string holding JSON, the JSON itself, null, absent,
 * empty; and the ones that break the contract.
 */
class QinceClientEnvelopeTests {

	private static final String ROW = "{\"customer_code\":\"8152904002\"}";

	@StartStop
	final MockWebServer server = new MockWebServer();

	@Test
	void responseDataAsJsonValueIsReadDirectly() {
		this.server.enqueue(json("{\"return_code\":0,\"response_data\":[" + ROW + "]}"));

		assertThat(QinceTestSupport.client(this.server).getCustomers())
			.containsExactly(new StatementCustomer("8152904002", null));
	}

	@Test
	void responseDataAsStringHoldingJsonIsParsedTwice() {
		this.server.enqueue(json(
				QinceTestSupport.withData("{\"return_code\":\"0\",\"response_data\":\"<<DATA>>\"}", "[" + ROW + "]")));

		assertThat(QinceTestSupport.client(this.server).getCustomers())
			.containsExactly(new StatementCustomer("8152904002", null));
	}

	@ParameterizedTest
	@ValueSource(strings = { "{\"return_code\":0}", "{\"return_code\":0,\"response_data\":null}",
			"{\"return_code\":0,\"response_data\":\"\"}", "{\"return_code\":0,\"response_data\":\"[]\"}",
			"{\"return_code\":0,\"response_data\":\"null\"}", "{\"return_code\":0,\"response_data\":[]}" })
	void missingOrEmptyResponseDataIsAnEmptyPage(String answer) {
		this.server.enqueue(json(answer));

		assertThat(QinceTestSupport.client(this.server).getCustomers()).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "{\"return_code\":0,\"response_data\":\"成功\"}",
			"{\"return_code\":0,\"response_data\":{\"customer_code\":\"8152904002\"}}",
			"{\"return_code\":0,\"response_data\":[{\"use_signature\":\"1\"}]}" })
	void envelopeWithMalformedDataIsPermanent(String answer) {
		this.server.enqueue(json(answer));

		assertThatExceptionOfType(ApiContractException.class)
			.isThrownBy(() -> QinceTestSupport.client(this.server).getCustomers());
		assertThat(this.server.getRequestCount()).isEqualTo(1);
	}

	@ParameterizedTest
	@ValueSource(strings = { "[{\"return_code\":0}]", "{\"return_code\":true}", "", "<!DOCTYPE html><html>",
			"{\"return_code\":0,\"response_" })
	void answerThatIsNotTheEnvelopeIsTransient(String answer) {
		for (int i = 0; i < 3; i++) {
			this.server.enqueue(json(answer));
		}

		assertThatExceptionOfType(ApiNotEnvelopeException.class)
			.isThrownBy(() -> QinceTestSupport.client(this.server).getCustomers());
		assertThat(this.server.getRequestCount()).isEqualTo(3);
	}

	@Test
	void saveIgnoresWhateverResponseDataHolds() {
		this.server.enqueue(json("{\"return_code\":0,\"return_msg\":\"保存成功\",\"response_data\":\"成功\"}"));

		QinceAck ack = QinceTestSupport.client(this.server)
			.saveExpenseError(new StatementErrorLog("CUS000004", null, "客户不存在!", null));

		assertThat(ack.returnMsg()).isEqualTo("保存成功");
	}

	@Test
	void statementRowWithoutStatementIdBreaksTheContract() {
		this.server.enqueue(json("{\"return_code\":0,\"response_data\":[{\"serial_no\":\"HK1\"}]}"));

		assertThatExceptionOfType(ApiContractException.class)
			.isThrownBy(() -> QinceTestSupport.client(this.server).queryStatement(StatementQuery.page("2025-11", 1)))
			.withMessageContaining("statement_id");
	}

	@Test
	void amountThatIsNoNumberBreaksTheContract() {
		this.server.enqueue(json("{\"return_code\":0,\"response_data\":[{\"end_code\":\"E1\",\"end_amount\":\"十\"}]}"));

		assertThatExceptionOfType(ApiContractException.class).isThrownBy(() -> QinceTestSupport.client(this.server)
			.queryPrepaymentEndRecords(new PrepaymentEndRecordQuery(null, null, null, null, "E1", null, null)));
	}

	@Test
	void rejectionWithoutMessageHasAnEmptyReason() {
		this.server.enqueue(json("{\"return_code\":\"100001\"}"));

		assertThatExceptionOfType(ApiRejectedException.class)
			.isThrownBy(() -> QinceTestSupport.client(this.server).getCustomers())
			.satisfies((ex) -> assertThat(ex.reason()).isEmpty());
	}

}
