package com.qincebridge.prepayment;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reverse_time of a REVERSE row is Qince's time format or the row fails: an
 * impossible time is never sent as the time of a reversal.
 */
class ApplyFileReverseTimeTests {

	@org.junit.jupiter.api.io.TempDir
	java.nio.file.Path dir;

	private List<ApplyItem> read(String text, String prefix) {
		try {
			return ApplyFile.read(java.nio.file.Files.writeString(this.dir.resolve("f.csv"), text), prefix);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	@Test
	void aReverseAtAnImpossibleTimeFailsWithTheReasonAndIsNotAReversal() {
		List<ApplyItem> items = read(ApplyFileTests.HEADER + "REVERSE,AP_CP,P1,,fin02,,,,,,,2025-13-45 99:99:99\n",
				"QB");

		assertThat(items).singleElement().satisfies((item) -> {
			assertThat(item.problem())
				.isEqualTo("reverse_time must be a time yyyy-MM-dd HH:mm:ss: \"2025-13-45 99:99:99\"");
			assertThat(item.reversal()).isNull();
		});
	}

	@Test
	void aReverseOnTheThirtyFirstOfSeptemberOrWithoutSecondsFails() {
		for (String time : List.of("2025-09-31 10:00:00", "2025-09-30 10:00", "2025/09/30 10:00:00")) {
			assertThat(read(ApplyFileTests.HEADER + "REVERSE,AP_CP,P1,,fin02,,,,,,," + time + "\n", "QB"))
				.singleElement()
				.extracting(ApplyItem::problem)
				.isEqualTo("reverse_time must be a time yyyy-MM-dd HH:mm:ss: \"" + time + "\"");
		}
	}

	@Test
	void aReverseAtAValidTimeOrWithoutTimeIsAReversal() {
		List<ApplyItem> items = read(ApplyFileTests.HEADER + "REVERSE,AP_CP,P1,,fin02,,,,,,,2024-02-29 23:59:59\n"
				+ "REVERSE,AP_CP,P2,,fin02,,,,,,,\n", "QB");

		assertThat(items).extracting((item) -> item.problem() + " " + item.reversal())
			.containsExactly("null PrepaymentReversal[code=P1, account=fin02, reverseTime=2024-02-29 23:59:59]",
					"null PrepaymentReversal[code=P2, account=fin02, reverseTime=null]");
	}

}
