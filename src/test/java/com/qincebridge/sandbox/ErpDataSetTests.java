package com.qincebridge.sandbox;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.groups.Tuple.tuple;

class ErpDataSetTests {

	private static final YearMonth SEPTEMBER = YearMonth.of(2025, 9);

	private final ErpDataSet data = new ErpDataSet(DataSetSpec.defaults().withSize(20_000));

	@Test
	void sameSeedAndSizeGiveTheSameLines() {
		ErpDataSet again = new ErpDataSet(DataSetSpec.defaults().withSize(20_000));
		assertThat(again.lines().toList()).isEqualTo(this.data.lines().toList());
	}

	@Test
	void anotherSeedGivesOtherLines() {
		ErpDataSet other = new ErpDataSet(DataSetSpec.defaults().withSize(20_000).withSeed(7));
		List<BigDecimal> amounts = this.data.lines().limit(200).map(ErpDocumentLine::amount).toList();
		List<BigDecimal> otherAmounts = other.lines().limit(200).map(ErpDocumentLine::amount).toList();
		assertThat(otherAmounts).isNotEqualTo(amounts);
		assertThat(other.count("101", ErpDocumentType.FB_RECEIVABLE, SEPTEMBER.atDay(1), SEPTEMBER.atEndOfMonth()))
			.isNotEqualTo(this.data.count("101", ErpDocumentType.FB_RECEIVABLE, SEPTEMBER.atDay(1),
					SEPTEMBER.atEndOfMonth()));
	}

	@Test
	void sizeIsApproximatelyTheNumberOfLinesAndSharedByType() {
		Map<ErpDocumentType, Long> byType = this.data.lines()
			.collect(Collectors.groupingBy(ErpDocumentLine::type, Collectors.counting()));
		long total = byType.values().stream().mapToLong(Long::longValue).sum();
		assertThat(total).isBetween(19_000L, 21_000L);
		assertThat(byType.get(ErpDocumentType.FB_RECEIVABLE)).isBetween(9_000L, 11_000L);
		assertThat(byType.get(ErpDocumentType.FB_PAYMENT)).isBetween(1_600L, 2_400L);
	}

	@Test
	void ordersHaveOneToFiveLinesSharingIdCodeItemTypeAndCounterparty() {
		Map<String, List<ErpDocumentLine>> orders = this.data.lines("101", ErpDocumentType.FB_RECEIVABLE, SEPTEMBER)
			.collect(Collectors.groupingBy(ErpDocumentLine::orderId));
		assertThat(orders.values()).allSatisfy((lines) -> {
			assertThat(lines).hasSizeBetween(1, 5);
			assertThat(lines)
				.extracting(ErpDocumentLine::orderCode, ErpDocumentLine::itemType, ErpDocumentLine::counterpartyCode,
						ErpDocumentLine::orderDate)
				.containsOnly(tuple(lines.get(0).orderCode(), lines.get(0).itemType(), lines.get(0).counterpartyCode(),
						lines.get(0).orderDate()));
		});
		Set<Integer> sizes = orders.values().stream().map(List::size).collect(Collectors.toSet());
		assertThat(sizes).containsExactlyInAnyOrder(1, 2, 3, 4, 5);
		String someOrder = orders.keySet().iterator().next();
		assertThat(this.data.order(ErpDocumentType.FB_RECEIVABLE, someOrder)).isEqualTo(orders.get(someOrder));
	}

	@Test
	void idsAre19DigitsAndUniqueAndCodesLookLikeTheDocuments() {
		Set<String> detailIds = new HashSet<>();
		this.data.lines().forEach((line) -> {
			assertThat(line.orderId()).hasSize(19).containsOnlyDigits();
			assertThat(line.detailId()).hasSize(19).containsOnlyDigits();
			assertThat(detailIds.add(line.type() + line.detailId())).isTrue();
		});
		ErpDocumentLine first = this.data.lines("101", ErpDocumentType.FB_RECEIVABLE, SEPTEMBER).findFirst().get();
		assertThat(first.orderCode()).matches("YS-20250901-\\d{4}");
		assertThat(this.data.line(ErpDocumentType.FB_RECEIVABLE, first.detailId())).contains(first);
		assertThat(this.data.line(ErpDocumentType.FB_RECEIVE, first.detailId())).isEmpty();
	}

	@Test
	void itemTypesCarryTheirSignAndCounterparty() {
		this.data.lines().forEach((line) -> {
			assertThat(line.itemType().documentType()).isEqualTo(line.type());
			assertThat(line.amount().signum()).isEqualTo(line.itemType().sign());
			assertThat(line.amount().scale()).isEqualTo(2);
			assertThat(line.counterpartyCode().startsWith("C" + line.companyCode() + "-"))
				.isEqualTo(line.itemType().withCustomer());
		});
		Set<ErpItemType> seen = this.data.lines().map(ErpDocumentLine::itemType).collect(Collectors.toSet());
		assertThat(seen).containsExactlyInAnyOrder(ErpItemType.values());
	}

	@Test
	void malformedLinesAppearAtTheConfiguredRateOnly() {
		assertThat(this.data.lines().allMatch(ErpDocumentLine::isWellFormed)).isTrue();
		ErpDataSet broken = new ErpDataSet(DataSetSpec.defaults().withSize(20_000).withMalformedRate(0.1));
		Map<ErpDocumentLine.Malformation, Long> malformed = broken.lines()
			.filter((line) -> !line.isWellFormed())
			.collect(Collectors.groupingBy(ErpDocumentLine::malformation, Collectors.counting()));
		assertThat(malformed.values().stream().mapToLong(Long::longValue).sum()).isBetween(1_600L, 2_400L);
		assertThat(malformed).containsOnlyKeys(ErpDocumentLine.Malformation.values());
	}

	@Test
	void knownCustomersFollowTheShare() {
		assertThat(this.data.customers()).hasSize(24);
		assertThat(this.data.customers().get(0).code()).isEqualTo("C101-0001");
		assertThat(this.data.knownCustomers()).hasSizeBetween(12, 23).allMatch(ErpCustomer::knownToQince);
		ErpDataSet none = new ErpDataSet(DataSetSpec.defaults().withKnownCustomerShare(0));
		assertThat(none.knownCustomers()).isEmpty();
	}

	@Test
	void changedAmountsShowInStreamsAndLookups() {
		ErpDocumentLine line = this.data.lines("102", ErpDocumentType.FB_RECEIVE, SEPTEMBER).skip(5).findFirst().get();
		BigDecimal before = sum("102", ErpDocumentType.FB_RECEIVE);
		this.data.changeAmount(ErpDocumentType.FB_RECEIVE, line.detailId(), new BigDecimal("0.01"));
		assertThat(this.data.line(ErpDocumentType.FB_RECEIVE, line.detailId()).get().amount())
			.isEqualByComparingTo("0.01");
		assertThat(sum("102", ErpDocumentType.FB_RECEIVE))
			.isEqualByComparingTo(before.subtract(line.amount()).add(new BigDecimal("0.01")));
	}

	@Test
	void addedOrdersGoAtTheEndOfTheirDayAndRemovedLinesDisappear() {
		LocalDate day = LocalDate.of(2025, 9, 3);
		long before = this.data.count("101", ErpDocumentType.FB_RECEIVABLE, day, day);
		List<ErpDocumentLine> added = this.data.addOrder("101", ErpItemType.XSTH_01, day, "C101-0002",
				List.of(new BigDecimal("-10.00"), new BigDecimal("-2.50")));
		assertThat(added).extracting(ErpDocumentLine::orderId).containsOnly(added.get(0).orderId());
		assertThat(added.get(0).orderCode()).isEqualTo("YS-20250903-X0001");
		List<ErpDocumentLine> dayLines = this.data.lines("101", ErpDocumentType.FB_RECEIVABLE, day, day).toList();
		assertThat(dayLines).hasSize((int) before + 2).endsWith(added.toArray(new ErpDocumentLine[0]));
		ErpDocumentLine removed = this.data.removeLine(ErpDocumentType.FB_RECEIVABLE, dayLines.get(0).detailId());
		this.data.removeLine(ErpDocumentType.FB_RECEIVABLE, added.get(1).detailId());
		List<ErpDocumentLine> after = this.data.lines("101", ErpDocumentType.FB_RECEIVABLE, day, day).toList();
		assertThat(after).hasSize((int) before).doesNotContain(removed, added.get(1)).endsWith(added.get(0));
		assertThat(this.data.line(ErpDocumentType.FB_RECEIVABLE, removed.detailId())).isEmpty();
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.data.removeLine(ErpDocumentType.FB_RECEIVABLE, removed.detailId()));
		this.data.clearChanges();
		assertThat(this.data.count("101", ErpDocumentType.FB_RECEIVABLE, day, day)).isEqualTo(before);
	}

	@Test
	void anAddedOrderCanCarryACodeOfTheCallersChoosing() {
		LocalDate day = LocalDate.of(2025, 9, 4);
		String code = "FYYF-20250904-REBATE-Q3-CAMPAIGN-0001";
		List<ErpDocumentLine> added = this.data.addOrder("102", ErpItemType.FYYF_01, day, "C102-0001", code,
				List.of(new BigDecimal("12.30"), new BigDecimal("4.56")));
		assertThat(added).extracting(ErpDocumentLine::orderCode).containsOnly(code);
		assertThat(this.data.order(ErpDocumentType.FB_PAYABLE, added.get(0).orderId())).isEqualTo(added);
		assertThat(added.get(0).toJson().get("payable_order_code").asString()).isEqualTo(code);
		assertThatIllegalArgumentException().isThrownBy(
				() -> this.data.addOrder("102", ErpItemType.FYYF_01, day, "C102-0001", " ", List.of(BigDecimal.ONE)));
	}

	@Test
	void linesOutsideTheMonthsOnlyWhenAdded() {
		LocalDate november = LocalDate.of(2025, 11, 5);
		assertThat(this.data.count("101", ErpDocumentType.FB_PAYMENT, november, november)).isZero();
		this.data.addOrder("101", ErpItemType.YFK_01, november, "C101-0003", List.of(new BigDecimal("500")));
		assertThat(this.data.lines("101", ErpDocumentType.FB_PAYMENT, YearMonth.of(2025, 11))).singleElement()
			.satisfies((line) -> assertThat(line.counterpartyName()).isNotEqualTo("C101-0003"));
	}

	private BigDecimal sum(String company, ErpDocumentType type) {
		return this.data.lines(company, type, SEPTEMBER)
			.map(ErpDocumentLine::amount)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
	}

}
