package com.qincebridge.statement;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.YearMonth;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class StatementNumbersTests {

	private static final YearMonth SEPTEMBER = YearMonth.of(2025, 9);

	@Test
	void shortNumberIsPrefixCompanyMonthAndCustomer() {
		assertThat(StatementNumbers.of("HK", "101", SEPTEMBER, "C101-0001")).isEqualTo("HK101202509C101-0001");
	}

	@Test
	void expensePrefixAndSingleDigitMonth() {
		assertThat(StatementNumbers.of(StatementNumbers.EXPENSE, "101", YearMonth.of(2026, 1), "C7"))
			.isEqualTo("FY101202601C7");
		assertThat(StatementNumbers.GOODS).isEqualTo("HK");
	}

	@Test
	void numberOfExactly32CharactersIsKept() {
		String customer = "C".repeat(32 - "HK101202509".length());
		assertThat(StatementNumbers.of("HK", "101", SEPTEMBER, customer)).isEqualTo("HK101202509" + customer)
			.hasSize(32);
	}

	@Test
	void numberOf33CharactersIsCutTo32WithAHashOfTheWholeValue() throws Exception {
		String customer = "C".repeat(33 - "HK101202509".length());
		String full = "HK101202509" + customer;
		String number = StatementNumbers.of("HK", "101", SEPTEMBER, customer);
		assertThat(number).hasSize(32)
			.isEqualTo(full.substring(0, 23) + "~" + sha256(full).substring(0, 8))
			.matches("HK101202509C{12}~[0-9a-f]{8}");
	}

	@Test
	void longNumberIsTheSameOnEveryCall() {
		String customer = "CUSTOMER-WITH-A-VERY-LONG-CODE-0001";
		assertThat(StatementNumbers.of("FY", "COMPANY-9", SEPTEMBER, customer))
			.isEqualTo(StatementNumbers.of("FY", "COMPANY-9", SEPTEMBER, customer));
	}

	@Test
	void longNumbersDifferingOnlyAtTheEndDiffer() {
		String first = StatementNumbers.of("HK", "101", SEPTEMBER, "CUSTOMER-WITH-A-VERY-LONG-CODE-0001");
		String second = StatementNumbers.of("HK", "101", SEPTEMBER, "CUSTOMER-WITH-A-VERY-LONG-CODE-0002");
		assertThat(first).hasSize(32).isNotEqualTo(second);
		assertThat(first.substring(0, 24)).isEqualTo(second.substring(0, 24));
	}

	@Test
	void longNumbersOfDifferentMonthsDiffer() {
		String customer = "CUSTOMER-WITH-A-VERY-LONG-CODE-0001";
		assertThat(StatementNumbers.of("HK", "101", SEPTEMBER, customer))
			.isNotEqualTo(StatementNumbers.of("HK", "101", SEPTEMBER.plusMonths(1), customer));
	}

	@Test
	void chineseCharactersCountAsOneEach() {
		String customer = "门店".repeat(10) + "甲";
		assertThat(StatementNumbers.of("HK", "101", SEPTEMBER, customer)).isEqualTo("HK101202509" + customer);
	}

	@Test
	void charactersOutsideTheBasicPlaneAreNeverCutInHalf() {
		String customer = "\uD840\uDC00".repeat(30);
		String number = StatementNumbers.of("HK", "101", SEPTEMBER, customer);
		assertThat(number.codePointCount(0, number.length())).isEqualTo(32);
		assertThat(number).startsWith("HK101202509" + "\uD840\uDC00".repeat(12) + "~");
	}

	@Test
	void blankCustomerIsRejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> StatementNumbers.of("HK", "101", SEPTEMBER, " "))
			.withMessage("customerCode must not be blank: \" \"");
	}

	@Test
	void blankCompanyIsRejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> StatementNumbers.of("HK", "", SEPTEMBER, "C1"))
			.withMessageStartingWith("companyCode must not be blank");
	}

	private static String sha256(String text) throws Exception {
		return HexFormat.of()
			.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
	}

}
