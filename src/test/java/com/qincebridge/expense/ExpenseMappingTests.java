package com.qincebridge.expense;

import com.qincebridge.statement.ErpOrder;
import com.qincebridge.statement.Lines;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.qincebridge.qince.QinceExt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ExpenseMappingTests {

	private static final ExpenseMapping DEFAULT = ExpenseMapping.load(Path.of("jobs", "expense-mapping.properties"));

	@Test
	void defaultFileMapsBothExpenseItemTypesAndHasADefault() {
		assertThat(DEFAULT.tradeType("FYYS-01")).isEqualTo("11");
		assertThat(DEFAULT.tradeType("FYYF-01")).isEqualTo("12");
		assertThat(DEFAULT.tradeType("ZZZ-99")).isEqualTo("11");
		assertThat(DEFAULT.tradeType(null)).isEqualTo("11");
	}

	@Test
	void defaultFileSendsAmountAndExpenseTypeOnTradesAndTotalAndCountOnTheStatement() {
		List<ErpOrder> orders = ErpOrder.of(List.of(Lines.expense("1", "O1", "10.005"), Lines.expense("2", "O1", "5"),
				Lines.expense("3", "O2", "1")));
		assertThat(DEFAULT.tradeExts(orders.get(0))).containsExactly(new QinceExt("金额", "15.01"),
				new QinceExt("费用类型", "费用应收"));
		assertThat(DEFAULT.statementExts(orders)).containsExactly(new QinceExt("费用合计", "16.01"),
				new QinceExt("单据数", "2"));
	}

	@Test
	void tradeTypeIsChosenByItemTypeCodeElseTheDefault() {
		ExpenseMapping mapping = mapping("trade-type.A-01=21", "trade-type.default=29");
		assertThat(mapping.tradeType("A-01")).isEqualTo("21");
		assertThat(mapping.tradeType("a-01")).isEqualTo("29");
		assertThat(mapping.tradeType(null)).isEqualTo("29");
	}

	@Test
	void extsAreSentInTheFileOrder() {
		ExpenseMapping mapping = mapping("trade-type.default=1", "trade-ext.z=order_id", "trade-ext.a=order_code",
				"trade-ext.m=line_count", "statement-ext.z=line_count", "statement-ext.a=trade_count");
		ErpOrder order = ErpOrder.of(List.of(Lines.expense("1", "O1", "1"))).get(0);
		assertThat(mapping.tradeExts(order)).extracting(QinceExt::extKey).containsExactly("z", "a", "m");
		assertThat(mapping.statementExts(List.of(order))).extracting(QinceExt::extKey).containsExactly("z", "a");
	}

	@Test
	void everyTradeValueIsComputedFromTheOrder() {
		ExpenseMapping mapping = mapping("trade-type.default=1", "trade-ext.a=amount", "trade-ext.b=item_type_name",
				"trade-ext.c=item_type_code", "trade-ext.d=source_name", "trade-ext.e=order_code",
				"trade-ext.f=order_id", "trade-ext.g=order_date", "trade-ext.h=line_count");
		ErpOrder order = ErpOrder.of(List.of(Lines.expense("2", "O1", "-1.5"), Lines.expense("1", "O1", "3"))).get(0);
		assertThat(mapping.tradeExts(order)).extracting(QinceExt::extValue)
			.containsExactly("1.50", "费用应收", "FYYS-01", "销售应收", "V-O1", "O1", "2025-09-05", "2");
	}

	@Test
	void everyStatementValueIsComputedFromTheTrades() {
		ExpenseMapping mapping = mapping("trade-type.default=1", "statement-ext.a=total_amount",
				"statement-ext.b=trade_count", "statement-ext.c=line_count");
		List<ErpOrder> orders = ErpOrder.of(List.of(Lines.expense("1", "O1", "1"), Lines.expense("2", "O1", "2"),
				Lines.expense("3", "O2", "-0.5")));
		assertThat(mapping.statementExts(orders)).extracting(QinceExt::extValue).containsExactly("2.50", "2", "3");
	}

	@Test
	void missingValueLeavesTheExtValueOut() {
		ExpenseMapping mapping = mapping("trade-type.default=1", "trade-ext.类型=item_type_name");
		ErpOrder order = ErpOrder.of(List.of(Lines.withItemType(Lines.expense("1", "O1", "1"), null, null))).get(0);
		assertThat(mapping.tradeExts(order)).containsExactly(new QinceExt("类型", null));
	}

	@Test
	void mappingWithoutExtsSendsNone() {
		ExpenseMapping mapping = mapping("trade-type.default=1");
		ErpOrder order = ErpOrder.of(List.of(Lines.expense("1", "O1", "1"))).get(0);
		assertThat(mapping.tradeExts(order)).isNull();
		assertThat(mapping.statementExts(List.of(order))).isNull();
	}

	@Test
	void commentsColonsAndEscapedSpacesFollowPropertiesSyntax() {
		ExpenseMapping mapping = mapping("# comment", "! also a comment", "trade-type.default : 7",
				"trade-ext.费用\\ 类型 = item_type_name");
		ErpOrder order = ErpOrder.of(List.of(Lines.expense("1", "O1", "1"))).get(0);
		assertThat(mapping.tradeType(null)).isEqualTo("7");
		assertThat(mapping.tradeExts(order)).containsExactly(new QinceExt("费用 类型", "费用应收"));
	}

	@Test
	void missingDefaultTradeTypeIsNamed() {
		assertThatIllegalArgumentException().isThrownBy(() -> mapping("trade-type.FYYS-01=11"))
			.withMessage("m.properties: trade-type.default is required");
	}

	@Test
	void unknownKeyIsNamed() {
		assertThatIllegalArgumentException().isThrownBy(() -> mapping("trade-type.default=1", "trade_ext.金额=amount"))
			.withMessage("m.properties: trade_ext.金额: unknown key, expected trade-type.<item type code>, "
					+ "trade-type.default, trade-ext.<ext key> or statement-ext.<ext key>");
	}

	@Test
	void unknownTradeValueIsNamedWithTheKnownOnes() {
		assertThatIllegalArgumentException().isThrownBy(() -> mapping("trade-type.default=1", "trade-ext.金额=amont"))
			.withMessage("m.properties: trade-ext.金额: unknown value \"amont\", expected one of amount, "
					+ "item_type_name, item_type_code, source_name, order_code, order_id, order_date, line_count");
	}

	@Test
	void statementValueIsNotATradeValue() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> mapping("trade-type.default=1", "statement-ext.金额=amount"))
			.withMessage("m.properties: statement-ext.金额: unknown value \"amount\", expected one of total_amount, "
					+ "trade_count, line_count");
	}

	@Test
	void extWithoutAKeyIsNamed() {
		assertThatIllegalArgumentException().isThrownBy(() -> mapping("trade-type.default=1", "trade-ext.=amount"))
			.withMessage("m.properties: trade-ext.: needs an ext key");
	}

	@Test
	void extKeyLongerThan32CharactersIsNamed() {
		String key = "字".repeat(33);
		assertThatIllegalArgumentException()
			.isThrownBy(() -> mapping("trade-type.default=1", "statement-ext." + key + "=trade_count"))
			.withMessage("m.properties: statement-ext." + key + ": \"" + key
					+ "\" is 33 characters long, at most 32 allowed");
	}

	@Test
	void emptyTradeTypeIsNamed() {
		assertThatIllegalArgumentException().isThrownBy(() -> mapping("trade-type.default="))
			.withMessage("m.properties: trade-type.default: needs a Qince trade type");
	}

	@Test
	void tradeTypeLongerThan32CharactersIsNamed() {
		assertThatIllegalArgumentException().isThrownBy(() -> mapping("trade-type.default=" + "9".repeat(33)))
			.withMessageStartingWith("m.properties: trade-type.default: \"999")
			.withMessageEndingWith("is 33 characters long, at most 32 allowed");
	}

	@Test
	void keyGivenTwiceIsNamed() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> mapping("trade-type.default=1", "trade-ext.a=amount", "trade-ext.a=order_id"))
			.withMessage("m.properties: trade-ext.a is given twice");
	}

	@Test
	void malformedEscapeIsNamedWithTheFile() {
		assertThatIllegalArgumentException().isThrownBy(() -> mapping("trade-type.default=\\u00"))
			.withMessageStartingWith("m.properties: ");
	}

	@Test
	void loadedFileIsNamedByItsFileName(@TempDir Path dir) throws Exception {
		Path file = dir.resolve("tenant-expense.properties");
		Files.writeString(file, "\uFEFFtrade-type.default=5\ntrade-ext.费用=bogus\n");
		assertThatIllegalArgumentException().isThrownBy(() -> ExpenseMapping.load(file))
			.withMessageStartingWith("tenant-expense.properties: trade-ext.费用: unknown value \"bogus\"");
	}

	@Test
	void missingFileIsAnIoFailureNamingThePath(@TempDir Path dir) {
		Path file = dir.resolve("absent.properties");
		assertThatExceptionOfType(UncheckedIOException.class).isThrownBy(() -> ExpenseMapping.load(file))
			.withMessageContaining(file.toString());
	}

	private static ExpenseMapping mapping(String... lines) {
		return ExpenseMapping.parse(String.join("\n", lines), "m.properties");
	}

}
