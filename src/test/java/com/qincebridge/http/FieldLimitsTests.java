package com.qincebridge.http;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

class FieldLimitsTests {

	@Test
	void valuesWithinTheirLimitsPass() {
		assertThatNoException().isThrownBy(() -> FieldLimits.check("test",
				new Sheet("x".repeat(32), List.of(new Line("1", "贵".repeat(32))), new Line("2", null))));
	}

	@Test
	void tooLongNestedValueIsNamedByItsJsonPathAndLength() {
		Sheet sheet = new Sheet("S1", List.of(new Line("1", "ok"), new Line("2", "v".repeat(33))), null);
		assertThatExceptionOfType(InvalidRequestException.class).isThrownBy(() -> FieldLimits.check("test", sheet))
			.withMessageContaining("lines[1].voucher_no is 33 characters long, at most 32 allowed")
			.satisfies((ex) -> org.assertj.core.api.Assertions.assertThat(ex.field()).isEqualTo("lines[1].voucher_no"));
	}

	@Test
	void chineseCharactersCountAsOneCharacterEach() {
		Sheet sheet = new Sheet("S1", List.of(), new Line("1", "费".repeat(33)));
		assertThatExceptionOfType(InvalidRequestException.class).isThrownBy(() -> FieldLimits.check("test", sheet))
			.withMessageContaining("head.voucher_no is 33 characters long");
	}

	@Test
	void missingRequiredValueIsRejected() {
		Sheet sheet = new Sheet("", List.of(), null);
		assertThatExceptionOfType(InvalidRequestException.class).isThrownBy(() -> FieldLimits.check("test", sheet))
			.withMessage("test: statement_no is required");
	}

	record Sheet(@Varchar(value = 32, required = true) String statementNo, List<Line> lines, @Nullable Line head) {
	}

	record Line(@Varchar(32) String serialNo, @Varchar(32) @Nullable String voucherNo) {
	}

}
