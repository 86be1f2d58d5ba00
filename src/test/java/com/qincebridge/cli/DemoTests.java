package com.qincebridge.cli;

import com.qincebridge.QinceBridgeApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's first command: {@code demo} with no settings, on its own embedded database
 * and simulators.
 */
@ExtendWith(OutputCaptureExtension.class)
class DemoTests {

	@Test
	void demoClosesAMonthThroughBothStatementJobsWithNoSetupAndAccountsForEveryCent(CapturedOutput output)
			throws Exception {
		int exit = Demo.run(QinceBridgeApplication.class, new String[] { "demo" });

		assertThat(exit).isEqualTo(ExitStatus.OK);
		assertThat(output.getOut()).contains("Starting month-end-close 2025-09.")
			.contains("货款对账单 2025-09 (all statement customers) — run 2: COMPLETED")
			.contains("费用对账单 2025-09 (all statement customers) — run 3: COMPLETED")
			.containsPattern("Month 2025-09 closed at .* by execution 1: \\d+ 货款对账单")
			.contains("Imported an opening balance of 1,250.00")
			.containsPattern("Qince now holds \\d+ 货款对账单 and \\d+ 费用对账单; zhixdl received \\d+ write-backs");
		assertThat(output.getOut().split("every cent accounted for", -1)).hasSize(3);
	}

}
