package com.qincebridge.erp;

import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ErpQueryTests {

	private static final LocalDateTime START = LocalDateTime.of(2025, 9, 1, 0, 0);

	private static final LocalDateTime END = LocalDateTime.of(2025, 9, 1, 23, 59, 59);

	@Test
	void companyQueryLeavesEverythingElseToTheErp() {
		assertThat(ErpQuery.of("101")).isEqualTo(new ErpQuery("101", null, null, null, null, null, null));
	}

	@Test
	void withersChangeOnlyTheirValue() {
		ErpQuery query = new ErpQuery("101", "42", 3, null, null, null, null).withWindow(START, END)
			.withLimit(20)
			.withPage(2);
		assertThat(query).isEqualTo(new ErpQuery("101", "42", 3, START, END, 20, 2));
	}

	@Test
	void blankCompanyCodeIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> ErpQuery.of(" ")).withMessageContaining("companyCode");
	}

	@Test
	void windowEndingBeforeItStartsIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> ErpQuery.of("101").withWindow(END, START))
			.withMessageContaining("2025-09-01T23:59:59");
	}

	@Test
	void pageAndLimitCountFromOne() {
		assertThatIllegalArgumentException().isThrownBy(() -> ErpQuery.of("101").withPage(0))
			.withMessageContaining("page must be at least 1: 0");
		assertThatIllegalArgumentException().isThrownBy(() -> ErpQuery.of("101").withLimit(0))
			.withMessageContaining("limit must be at least 1: 0");
	}

	@Test
	void blankOrderIdIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> new ErpQuery("101", "", null, null, null, null, null))
			.withMessageContaining("orderId");
	}

	@Test
	void datesAreSentToTheSecond() {
		ErpQuery query = ErpQuery.of("101").withWindow(START, END.withNano(999_000_000));
		assertThat(ErpRequests.query("k", ErpBusinessType.FB_RECEIVE, query))
			.contains("\"business_params\":{\"company_code\":\"101\",\"order_start_date\":\"2025-09-01 00:00:00\","
					+ "\"order_end_date\":\"2025-09-01 23:59:59\"}");
	}

}
