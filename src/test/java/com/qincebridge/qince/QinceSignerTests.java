package com.qincebridge.qince;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QinceSignerTests {

	@Test
	void officialTestVectorMatches() {
		String body = "{\"org_id\":\"ORG001\",\"org_name\":\"南京掌控网络\",\"org_parent_id\":\"\",\"org_sequence\":001}";

		assertThat(QinceSigner.digest(body, "BFCO0PAgIUgd50c0l6", "20150806142836"))
			.isEqualTo("74267bf0cae0998a719879ec9b3c7780");
	}

	@Test
	void digestIsLowercaseHexOf32Characters() {
		assertThat(QinceSigner.digest("{}", "KEY", "20251201023005")).matches("[0-9a-f]{32}");
	}

	@Test
	void everyPartChangesTheDigest() {
		String digest = QinceSigner.digest("{}", "KEY", "20251201023005");

		assertThat(QinceSigner.digest("{ }", "KEY", "20251201023005")).isNotEqualTo(digest);
		assertThat(QinceSigner.digest("{}", "KEY2", "20251201023005")).isNotEqualTo(digest);
		assertThat(QinceSigner.digest("{}", "KEY", "20251201023006")).isNotEqualTo(digest);
	}

}
