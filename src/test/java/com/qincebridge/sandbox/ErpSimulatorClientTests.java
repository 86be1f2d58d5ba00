package com.qincebridge.sandbox;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.qincebridge.erp.ErpBusinessType;
import com.qincebridge.erp.ErpClient;
import com.qincebridge.erp.ErpLine;
import com.qincebridge.erp.ErpPage;
import com.qincebridge.erp.ErpQuery;
import com.qincebridge.erp.ErpRow;
import com.qincebridge.erp.Receipt;
import com.qincebridge.http.ApiRejectedException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The product's zhixdl client against the simulator: what it reads is what was generated.
 */
class ErpSimulatorClientTests {

	private static final LocalDate FROM = LocalDate.of(2025, 9, 1);

	private static final LocalDate TO = LocalDate.of(2025, 9, 30);

	private final Sandbox sandbox = Sandbox
		.start(SandboxSettings.defaults().withData(DataSetSpec.defaults().withSize(6_000).withMalformedRate(0.02)));

	private final ErpClient client = SandboxTestSupport.erpClient(this.sandbox);

	@AfterEach
	void close() {
		this.client.close();
		this.sandbox.close();
	}

	@Test
	void theClientReadsEveryLineOfAMonthWithTheGeneratedAmounts() {
		List<ErpRow<Receipt>> rows = new ArrayList<>();
		ErpPage<Receipt> page;
		int number = 1;
		do {
			page = this.client.queryReceipts(month("101").withLimit(40).withPage(number++));
			rows.addAll(page.rows());
		}
		while (page.hasNextPage());
		List<ErpDocumentLine> expected = this.sandbox.erp()
			.data()
			.lines("101", ErpDocumentType.FB_RECEIVE, FROM, TO)
			.toList();
		assertThat(rows).hasSize(expected.size()).hasSize(page.totalItems());
		assertThat(rows).extracting(ErpRow::detailId)
			.containsExactlyElementsOf(expected.stream().map(ErpDocumentLine::detailId).toList());
		BigDecimal read = rows.stream()
			.filter(ErpRow::isValid)
			.map((row) -> row.line().amount())
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		BigDecimal generated = expected.stream()
			.filter(ErpDocumentLine::isWellFormed)
			.map(ErpDocumentLine::amount)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		assertThat(read).isEqualByComparingTo(generated);
		assertThat(rows.stream().filter(ErpRow::isValid).map(ErpRow::line).map(Receipt::erpItemTypeCode))
			.containsOnly("SKD-01", "SKD-04");
	}

	@Test
	void malformedLinesArriveAsUnreadableRows() {
		ErpPage<ErpLine> page = this.client.query(ErpBusinessType.FB_RECEIVABLE, month("102").withLimit(5_000));
		long malformed = this.sandbox.erp()
			.data()
			.lines("102", ErpDocumentType.FB_RECEIVABLE, FROM, TO)
			.filter((line) -> !line.isWellFormed())
			.count();
		assertThat(malformed).isPositive();
		assertThat(page.rows().stream().filter((row) -> !row.isValid())).hasSize((int) malformed)
			.allSatisfy((row) -> assertThat(row.describeErrors()).containsAnyOf("order_date", "receivable_amount"));
	}

	@Test
	void pagesShiftWhenLinesAreAddedWhileAClientPages() {
		ErpPage<ErpLine> first = this.client.query(ErpBusinessType.FB_PAYABLE, month("101").withLimit(10));
		ErpRow<ErpLine> lastOfFirst = first.rows().get(9);
		this.sandbox.erp()
			.data()
			.addOrder("101", ErpItemType.FYYF_01, FROM, "C101-0001", List.of(new BigDecimal("88.00")));
		ErpPage<ErpLine> second = this.client.query(ErpBusinessType.FB_PAYABLE, month("101").withLimit(10).withPage(2));
		assertThat(second.totalItems()).isEqualTo(first.totalItems() + 1);
		// the added line sorts into the first day, so the second page starts one line
		// early
		assertThat(second.rows().get(0).detailId()).isEqualTo(lastOfFirst.detailId());
	}

	@Test
	void writeBacksThroughTheClientAreCountedPerId() {
		ErpDocumentLine line = this.sandbox.erp()
			.data()
			.lines("102", ErpDocumentType.FB_PAYMENT, FROM, TO)
			.findFirst()
			.get();
		this.client.updateVoucherNo(ErpBusinessType.FB_PAYMENT, line.orderId(), "FY1022025090001");
		this.client.updateThirdId(ErpBusinessType.FB_PAYMENT, line.detailId(), "7600000000000000001");
		this.client.updateThirdId(ErpBusinessType.FB_PAYMENT, line.detailId(), "7600000000000000001");
		ErpSimulator erp = this.sandbox.erp();
		assertThat(erp.writeBackCount(ErpDocumentType.FB_PAYMENT, ErpWriteBack.Kind.VOUCHER_NO, line.orderId()))
			.isEqualTo(1);
		assertThat(erp.writeBackCount(ErpDocumentType.FB_PAYMENT, ErpWriteBack.Kind.THIRD_ID, line.detailId()))
			.isEqualTo(2);
		assertThatExceptionOfType(ApiRejectedException.class)
			.isThrownBy(() -> this.client.updateThirdId(ErpBusinessType.FB_RECEIVE, line.detailId(), "x"))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo(ErpEnvelope.UNKNOWN_ID));
	}

	@Test
	void concurrentWriteBacksAreAllRecordedOnce() throws Exception {
		List<ErpDocumentLine> lines = this.sandbox.erp().data().lines().limit(400).toList();
		ExecutorService threads = Executors.newFixedThreadPool(16);
		try (ErpClient concurrent = SandboxTestSupport.erpClient(this.sandbox, SandboxTestSupport.limits(1))) {
			List<Future<?>> calls = new ArrayList<>();
			for (ErpDocumentLine line : lines) {
				calls.add(threads.submit(() -> concurrent.updateThirdId(ErpBusinessType.valueOf(line.type().name()),
						line.detailId(), "T" + line.detailId().substring(10))));
			}
			for (Future<?> call : calls) {
				call.get();
			}
		}
		finally {
			threads.shutdownNow();
		}
		assertThat(this.sandbox.erp().writeBacks()).hasSize(400).allSatisfy((writeBack) -> {
			assertThat(writeBack.repeat()).isEqualTo(1);
			assertThat(writeBack.value()).isEqualTo("T" + writeBack.id().substring(10));
		});
	}

	@Test
	void aWrongAppKeyIsRefusedWith00001() {
		try (ErpClient wrong = new ErpClient(this.sandbox.erpBaseUrl(), "not-the-key", SandboxTestSupport.limits(3))) {
			assertThatExceptionOfType(ApiRejectedException.class)
				.isThrownBy(() -> wrong.queryReceivables(ErpQuery.of("101")))
				.satisfies((ex) -> assertThat(ex.code()).isEqualTo("00001"));
		}
		assertThat(this.sandbox.erp().calls("FB_RECEIVABLE/query")).isEqualTo(1);
	}

	private static ErpQuery month(String company) {
		return ErpQuery.of(company).withWindow(FROM.atStartOfDay(), LocalDateTime.of(TO, LocalTime.of(23, 59, 59)));
	}

}
