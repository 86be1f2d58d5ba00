package com.qincebridge.qince;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class QinceMoneyTests {

	@ParameterizedTest
	@CsvSource({ "1234.5, 1234.50", "0, 0.00", "0.005, 0.01", "0.004, 0.00", "-0.005, -0.01", "2.675, 2.68",
			"1E+3, 1000.00", "12345678901234567890.125, 12345678901234567890.13", "-1234.567, -1234.57" })
	void amountIsTwoDecimalsHalfUpInPlainNotation(String amount, String sent) {
		assertThat(QinceMoney.format(new BigDecimal(amount))).isEqualTo(sent);
	}

}
