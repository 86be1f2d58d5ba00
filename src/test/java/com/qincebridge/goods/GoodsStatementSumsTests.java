package com.qincebridge.goods;

import com.qincebridge.statement.GoodsTotals;
import com.qincebridge.statement.Lines;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import com.qincebridge.qince.GoodsStatement;
import com.qincebridge.qince.GoodsStatementDetail;
import com.qincebridge.qince.GoodsStatementTrade;
import com.qincebridge.staging.Category;
import com.qincebridge.staging.StagedLine;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sums over generated months of lines (fixed seeds): every cent of every line is on the
 * statement exactly once, and the balance identity holds to the cent, in the totals and
 * in the text sent.
 */
class GoodsStatementSumsTests {

	@ParameterizedTest(name = "seed {0}")
	@ValueSource(longs = { 1, 7, 42, 2025, 90210 })
	void balanceMovesByShipmentsLessReturnsLessReceipts(long seed) {
		Random random = new Random(seed);
		List<StagedLine> lines = lines(random, 2);
		BigDecimal begin = amount(random, 2);
		GoodsTotals totals = build(begin, lines).totals();
		assertThat(totals.shipments().subtract(totals.returns()).subtract(totals.receipts()))
			.isEqualByComparingTo(totals.endBalance().subtract(begin));
		assertThat(totals.shipments()).isEqualByComparingTo(sum(lines, Category.SHIPMENT));
		assertThat(totals.returns()).isEqualByComparingTo(sum(lines, Category.RETURN).negate());
		assertThat(totals.receipts()).isEqualByComparingTo(sum(lines, Category.RECEIPT));
	}

	@ParameterizedTest(name = "seed {0}")
	@ValueSource(longs = { 1, 7, 42, 2025, 90210 })
	void sentTextsAddUpToTheCent(long seed) {
		Random random = new Random(seed);
		List<StagedLine> lines = lines(random, 2);
		GoodsStatement request = build(amount(random, 2), lines).request();
		BigDecimal movement = money(request.zchje()).subtract(money(request.zthje())).subtract(money(request.zjkje()));
		assertThat(movement).isEqualByComparingTo(money(request.zqmye()).subtract(money(request.beginBalance())));
		BigDecimal trades = request.trade()
			.stream()
			.map((trade) -> money(trade.tradeAmount()))
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		assertThat(trades).isEqualByComparingTo(sum(lines, null));
	}

	@ParameterizedTest(name = "seed {0}")
	@ValueSource(longs = { 1, 7, 42, 2025, 90210 })
	void everyLineIsOneDetailAndEveryTradeIsTheSumOfItsDetails(long seed) {
		List<StagedLine> lines = lines(new Random(seed), 2);
		GoodsStatement request = build(BigDecimal.ZERO, lines).request();
		List<GoodsStatementDetail> details = request.trade()
			.stream()
			.flatMap((trade) -> trade.detail().stream())
			.toList();
		assertThat(details).hasSameSizeAs(lines);
		assertThat(details.stream().map((detail) -> money(detail.amount())).reduce(BigDecimal.ZERO, BigDecimal::add))
			.isEqualByComparingTo(sum(lines, null));
		for (GoodsStatementTrade trade : request.trade()) {
			assertThat(trade.detail()
				.stream()
				.map((detail) -> money(detail.amount()))
				.reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo(money(trade.tradeAmount()));
		}
	}

	@ParameterizedTest(name = "seed {0}")
	@ValueSource(longs = { 3, 11, 4096 })
	void totalsStayExactWithAmountsOfFourDecimals(long seed) {
		Random random = new Random(seed);
		List<StagedLine> lines = lines(random, 4);
		BigDecimal begin = amount(random, 4);
		GoodsTotals totals = build(begin, lines).totals();
		BigDecimal receivables = sum(lines, Category.SHIPMENT).add(sum(lines, Category.RETURN));
		assertThat(totals.endBalance())
			.isEqualByComparingTo(begin.add(receivables).subtract(sum(lines, Category.RECEIPT)));
	}

	/**
	 * 300 lines in up to 60 orders (an order's lines share its date): shipments positive
	 * or zero, returns negative, receipts positive with one in eight a negative refund.
	 */
	private static List<StagedLine> lines(Random random, int scale) {
		List<StagedLine> lines = new ArrayList<>();
		for (int i = 0; i < 300; i++) {
			Category category = List.of(Category.SHIPMENT, Category.RETURN, Category.RECEIPT).get(random.nextInt(3));
			BigDecimal amount = amount(random, scale).abs();
			if (category == Category.RETURN || (category == Category.RECEIPT && random.nextInt(8) == 0)) {
				amount = amount.negate();
			}
			String orderId = category.name().charAt(0) + String.valueOf(random.nextInt(20));
			StagedLine line = Lines.line(category, String.valueOf(i), orderId, amount.toPlainString());
			lines.add(Lines.withDate(line, Lines.MONTH.atDay(1 + Math.floorMod(orderId.hashCode(), 30))));
		}
		return lines;
	}

	private static BigDecimal amount(Random random, int scale) {
		return BigDecimal.valueOf(random.nextLong() % 100_000_000L, scale);
	}

	private static BigDecimal sum(List<StagedLine> lines, @Nullable Category category) {
		return lines.stream()
			.filter((line) -> category == null || line.category() == category)
			.map(StagedLine::amount)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	private static BigDecimal money(String text) {
		return new BigDecimal(text);
	}

	private static BuiltGoodsStatement build(BigDecimal begin, List<StagedLine> lines) {
		return GoodsStatementBuilder.build("HK101202509C101", Lines.CUSTOMER, Lines.MONTH, begin, lines);
	}

}
