package com.qincebridge.qince;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class QincePushVerifierTests {

	private static final String SECRET = "pUsHsEcReT_0001";

	private static final String DATA = "{\"customer_code\": \"cus001,cus002\", \"start_date\": \"2020-01-01\", \"end_date\": \"2020-01-31\"}";

	private static final String TIMESTAMP = "1503276678552";

	private final QincePushVerifier verifier = new QincePushVerifier(SECRET);

	private final String digest = QinceSigner.digest(DATA, SECRET, TIMESTAMP);

	@Test
	void pushSignedWithOurSecretIsValid() {
		assertThat(this.verifier.isValid(DATA, TIMESTAMP, this.digest)).isTrue();
	}

	@Test
	void tamperedDataIsInvalid() {
		assertThat(this.verifier.isValid(DATA.replace("cus002", "cus003"), TIMESTAMP, this.digest)).isFalse();
	}

	@Test
	void otherSecretIsInvalid() {
		String forged = QinceSigner.digest(DATA, "another-secret", TIMESTAMP);

		assertThat(this.verifier.isValid(DATA, TIMESTAMP, forged)).isFalse();
	}

	@Test
	void otherTimestampIsInvalid() {
		assertThat(this.verifier.isValid(DATA, "1503276678553", this.digest)).isFalse();
	}

	@Test
	void uppercaseDigestIsValid() {
		assertThat(this.verifier.isValid(DATA, TIMESTAMP, this.digest.toUpperCase(Locale.ROOT))).isTrue();
	}

	@Test
	void missingOrMalformedDigestIsInvalid() {
		assertThat(this.verifier.isValid(DATA, TIMESTAMP, null)).isFalse();
		assertThat(this.verifier.isValid(DATA, TIMESTAMP, "")).isFalse();
		assertThat(this.verifier.isValid(DATA, TIMESTAMP, this.digest.substring(1))).isFalse();
		assertThat(this.verifier.isValid(null, TIMESTAMP, this.digest)).isFalse();
		assertThat(this.verifier.isValid(DATA, null, this.digest)).isFalse();
	}

	@Test
	void blankSecretIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> new QincePushVerifier(" "));
	}

}
