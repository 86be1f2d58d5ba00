package com.qincebridge.erp;

import org.junit.jupiter.api.Test;

import com.qincebridge.http.ApiNotEnvelopeException;
import com.qincebridge.http.ApiRejectedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ErpEnvelopeTests {

	private static final String ENDPOINT = "zhixdl FB_RECEIVE query";

	private final ErpEnvelope envelope = new ErpEnvelope("the-key");

	@Test
	void successAndStatusSentAsTextOrNumberAreUnderstood() {
		assertThat(this.envelope.open(ENDPOINT, "{\"success\": \"true\", \"status\": 0, \"data\": {\"x\": 1}}")
			.path("x")
			.intValue()).isEqualTo(1);
	}

	@Test
	void statusSentAsNumberIsPaddedToFiveDigits() {
		assertThatExceptionOfType(ApiRejectedException.class)
			.isThrownBy(() -> this.envelope.open(ENDPOINT, "{\"success\": false, \"status\": 5, \"message\": \"m\"}"))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("00005"));
	}

	@Test
	void successFalseWithStatusZeroIsRejected() {
		assertThatExceptionOfType(ApiRejectedException.class)
			.isThrownBy(() -> this.envelope.open(ENDPOINT, "{\"success\": false, \"status\": \"00000\"}"))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo("(no message)"));
	}

	@Test
	void missingStatusIsNotTheEnvelope() {
		assertThatExceptionOfType(ApiNotEnvelopeException.class)
			.isThrownBy(() -> this.envelope.open(ENDPOINT, "{\"success\": true, \"data\": []}"));
	}

	@Test
	void emptyAnswerIsNotTheEnvelope() {
		assertThatExceptionOfType(ApiNotEnvelopeException.class).isThrownBy(() -> this.envelope.open(ENDPOINT, ""))
			.withMessageContaining("empty");
		assertThatExceptionOfType(ApiNotEnvelopeException.class).isThrownBy(() -> this.envelope.open(ENDPOINT, "null"));
	}

	@Test
	void updateResultIsComparedLeniently() {
		this.envelope.requireUpdated(ENDPOINT,
				"{\"success\": true, \"status\": \"00000\", \"data\": {\"result\": \" SUCCESS \"}}", "x 1");
	}

}
