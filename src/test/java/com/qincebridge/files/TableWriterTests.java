package com.qincebridge.files;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TableWriterTests {

	@Test
	void csvStartsWithABomAndNeutralisesFormulaLookingText() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		TableWriter.csv(out, List.of("line", "code", "amount", "reason"),
				List.of(List.of(2, "=2+5", new BigDecimal("-150.50"), "客户, \"名\""),
						Arrays.asList(3, "@SUM(A1)", null, "=cmd|' /C calc'!A0"),
						List.of(4, "-1+2", new BigDecimal("1.20"), "\tx")));
		byte[] bytes = out.toByteArray();
		assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
		assertThat(new String(bytes, StandardCharsets.UTF_8))
			.isEqualTo("\uFEFFline,code,amount,reason\r\n" + "2,'=2+5,-150.50,\"客户, \"\"名\"\"\"\r\n"
					+ "3,'@SUM(A1),,'=cmd|' /C calc'!A0\r\n" + "4,'-1+2,1.20,'\tx\r\n");
	}

	@Test
	void plainNumbersAreNotFormulas() {
		assertThat(Cells.looksLikeFormula("-150.50")).isFalse();
		assertThat(Cells.looksLikeFormula("+3")).isFalse();
		assertThat(Cells.looksLikeFormula("C-1")).isFalse();
		assertThat(Cells.looksLikeFormula("-C1")).isTrue();
		assertThat(Cells.looksLikeFormula("\rC1")).isTrue();
		assertThat(Cells.neutralise("+CMD")).isEqualTo("'+CMD");
	}

}
