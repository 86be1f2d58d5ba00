package com.qincebridge.push;

import java.util.ArrayList;
import java.util.List;

import com.qincebridge.support.TradeMonthRun;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ResyncRequestTests {

	@Test
	void fiveThousandCustomersAreSplitIntoRunsWhoseParameterFitsTheJobRepository() {
		List<String> customers = customers(5000);

		ResyncRequest request = ResyncRequest.parse("ksf_statement", data(customers, "2025-09-01", "2025-09-30"));

		assertThat(request.runs()).hasSize(20);
		for (TradeMonthRun run : request.runs()) {
			assertThat(run.toJobParameters(0).getString(TradeMonthRun.CUSTOMERS)).hasSizeLessThanOrEqualTo(2500);
		}
		assertThat(request.runs().stream().flatMap((run) -> run.customers().stream()))
			.containsExactlyInAnyOrderElementsOf(customers);
	}

	@Test
	void customersThatFitOneRunAreOneRunPerMonth() {
		ResyncRequest request = ResyncRequest.parse("ksf_expense", data(customers(3), "2025-08-20", "2025-09-10"));

		assertThat(request.job()).isEqualTo("expense");
		assertThat(request.runs()).extracting((run) -> run.from() + ".." + run.to() + " " + run.customers().size())
			.containsExactly("2025-08-20..2025-08-31 3", "2025-09-01..2025-09-10 3");
	}

	@Test
	void aPushNeedingMoreThanFortyEightRunsIsRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ResyncRequest.parse("ksf_statement", data(customers(5000), "2025-01-01", "2025-03-31")))
			.withMessage("the push needs more than 48 runs (5000 customers in 20 runs per month)");
	}

	private static List<String> customers(int count) {
		List<String> customers = new ArrayList<>();
		for (int i = 1; i <= count; i++) {
			customers.add(String.format("CUS%06d", i));
		}
		return customers;
	}

	private static String data(List<String> customers, String start, String end) {
		return "{\"customer_code\":\"" + String.join(",", customers) + "\",\"start_date\":\"" + start
				+ "\",\"end_date\":\"" + end + "\"}";
	}

}
