package com.qincebridge.staging;

import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import com.qincebridge.erp.ErpBusinessType;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ClassificationRulesTests {

	private static final ErpBusinessType RECEIVABLE = ErpBusinessType.FB_RECEIVABLE;

	@Test
	void commentsAndBlankLinesAreIgnoredAndRulesAreNamedByTheirLineNumber() {
		ClassificationRules rules = rules("# header", "", "   ", "  # indented comment",
				"FB_RECEIVABLE, XSYS-01, *, *, *, SHIPMENT");
		assertThat(rules.size()).isEqualTo(1);
		assertThat(classify(rules, RECEIVABLE, "XSYS-01", null, null, "1"))
			.contains(new Classification(Category.SHIPMENT, "rules.csv:5"));
	}

	@Test
	void windowsLineEndsAndAByteOrderMarkAreAccepted() {
		ClassificationRules rules = ClassificationRules.parse("\uFEFF# c\r\nFB_RECEIVE,*,*,*,*,RECEIPT\r\n", "r.csv");
		assertThat(classify(rules, ErpBusinessType.FB_RECEIVE, null, null, null, "5"))
			.contains(new Classification(Category.RECEIPT, "r.csv:2"));
	}

	@Test
	void starAndEmptyValuesMatchAnythingIncludingMissingValues() {
		ClassificationRules rules = rules("*, , *, , , IGNORE");
		assertThat(categoryOf(rules, ErpBusinessType.FB_PAYMENT, null, null, null, "0")).isEqualTo(Category.IGNORE);
		assertThat(categoryOf(rules, RECEIVABLE, "X", "Y", "1", "-3")).isEqualTo(Category.IGNORE);
	}

	@Test
	void businessTypeRestrictsTheRule() {
		ClassificationRules rules = rules("FB_PAYABLE, *, *, *, *, IGNORE");
		assertThat(classify(rules, RECEIVABLE, null, null, null, "1")).isEmpty();
		assertThat(categoryOf(rules, ErpBusinessType.FB_PAYABLE, null, null, null, "1")).isEqualTo(Category.IGNORE);
	}

	@Test
	void itemTypeCodeMatchesExactly() {
		ClassificationRules rules = rules("FB_RECEIVABLE, XSYS-01, *, *, *, SHIPMENT");
		assertThat(classify(rules, RECEIVABLE, "XSYS-01", null, null, "1")).isPresent();
		assertThat(classify(rules, RECEIVABLE, "XSYS-011", null, null, "1")).isEmpty();
		assertThat(classify(rules, RECEIVABLE, "xsys-01", null, null, "1")).isEmpty();
		assertThat(classify(rules, RECEIVABLE, null, null, null, "1")).isEmpty();
	}

	@Test
	void itemTypeNameMatchesWhenItContainsTheText() {
		ClassificationRules rules = rules("FB_RECEIVABLE, *, 退货, *, *, RETURN");
		assertThat(categoryOf(rules, RECEIVABLE, "Q-1", "销售退货", null, "-1")).isEqualTo(Category.RETURN);
		assertThat(categoryOf(rules, RECEIVABLE, "Q-1", "退货", null, "-1")).isEqualTo(Category.RETURN);
		assertThat(classify(rules, RECEIVABLE, "Q-1", "销售应收", null, "-1")).isEmpty();
		assertThat(classify(rules, RECEIVABLE, "Q-1", null, null, "-1")).isEmpty();
	}

	@Test
	void sourceCodeMatchesExactly() {
		ClassificationRules rules = rules("FB_RECEIVE, *, *, 3, *, RECEIPT");
		assertThat(classify(rules, ErpBusinessType.FB_RECEIVE, null, null, "3", "1")).isPresent();
		assertThat(classify(rules, ErpBusinessType.FB_RECEIVE, null, null, "33", "1")).isEmpty();
		assertThat(classify(rules, ErpBusinessType.FB_RECEIVE, null, null, null, "1")).isEmpty();
	}

	@ParameterizedTest
	@CsvSource({ "+, 0.01, true", "+, 0, false", "+, -0.01, false", "-, -0.01, true", "-, 0.00, false", "-, 5, false",
			"0, 0, true", "0, 0.000, true", "0, -0.00, true", "0, 1, false", "*, -7, true", "*, 0, true",
			"*, 7, true" })
	void signColumnTestsTheAmount(String sign, String amount, boolean matches) {
		ClassificationRules rules = rules("FB_RECEIVABLE, *, *, *, " + sign + ", SHIPMENT");
		assertThat(classify(rules, RECEIVABLE, "XSYS-01", null, null, amount).isPresent()).isEqualTo(matches);
	}

	@Test
	void emptySignMatchesAnyAmount() {
		ClassificationRules rules = rules("FB_RECEIVABLE, *, *, *,, SHIPMENT");
		assertThat(classify(rules, RECEIVABLE, null, null, null, "-1")).isPresent();
	}

	@Test
	void firstMatchingRuleWins() {
		ClassificationRules rules = rules("FB_RECEIVABLE, XSYS-01, *, *, -, RETURN",
				"FB_RECEIVABLE, XSYS-01, *, *, *, SHIPMENT", "FB_RECEIVABLE, *, *, *, *, IGNORE");
		assertThat(classify(rules, RECEIVABLE, "XSYS-01", null, null, "-2"))
			.contains(new Classification(Category.RETURN, "rules.csv:1"));
		assertThat(classify(rules, RECEIVABLE, "XSYS-01", null, null, "2"))
			.contains(new Classification(Category.SHIPMENT, "rules.csv:2"));
		assertThat(classify(rules, RECEIVABLE, "OTHER", null, null, "2"))
			.contains(new Classification(Category.IGNORE, "rules.csv:3"));
	}

	@Test
	void lineNoRuleMatchesIsNotClassified() {
		ClassificationRules rules = rules("FB_RECEIVE, *, *, *, *, RECEIPT");
		assertThat(classify(rules, RECEIVABLE, "NEW-01", "新类型", "9", "10")).isEmpty();
	}

	@Test
	void valuesAreTrimmed() {
		ClassificationRules rules = rules("  FB_RECEIVABLE ,\tXSYS-01\t, * ,  ,  + ,  SHIPMENT  ");
		assertThat(categoryOf(rules, RECEIVABLE, "XSYS-01", null, null, "1")).isEqualTo(Category.SHIPMENT);
	}

	@Test
	void tooFewColumnsAreNamedWithFileAndLine() {
		assertThatIllegalArgumentException().isThrownBy(() -> rules("# c", "FB_RECEIVABLE, XSYS-01, *, *, SHIPMENT"))
			.withMessage("rules.csv:2: has 5 columns, expected 6 (business_type, item_type_code, "
					+ "item_type_name_contains, source_code, sign, category)");
	}

	@Test
	void tooManyColumnsAreNamedWithFileAndLine() {
		assertThatIllegalArgumentException().isThrownBy(() -> rules("FB_RECEIVABLE, XSYS-01, *, *, +, SHIPMENT,"))
			.withMessageStartingWith("rules.csv:1: has 7 columns, expected 6");
	}

	@Test
	void unknownBusinessTypeIsNamedWithFileAndLine() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> rules("FB_RECEIVE, *, *, *, *, RECEIPT", "", "FB_RECIEVABLE, *, *, *, *, SHIPMENT"))
			.withMessage("rules.csv:3: unknown business type \"FB_RECIEVABLE\", expected one of "
					+ "FB_RECEIVABLE, FB_RECEIVE, FB_PAYABLE, FB_PAYMENT or *");
	}

	@Test
	void businessTypeIsCaseSensitive() {
		assertThatIllegalArgumentException().isThrownBy(() -> rules("fb_receive, *, *, *, *, RECEIPT"))
			.withMessageStartingWith("rules.csv:1: unknown business type \"fb_receive\"");
	}

	@Test
	void unknownCategoryIsNamedWithFileAndLine() {
		assertThatIllegalArgumentException().isThrownBy(() -> rules("FB_RECEIVE, *, *, *, *, PAYMENT"))
			.withMessage("rules.csv:1: unknown category \"PAYMENT\", expected one of "
					+ "SHIPMENT, RETURN, RECEIPT, EXPENSE, PREPAYMENT, IGNORE");
	}

	@Test
	void missingCategoryIsNamedWithFileAndLine() {
		assertThatIllegalArgumentException().isThrownBy(() -> rules("FB_RECEIVE, *, *, *, *, *"))
			.withMessage("rules.csv:1: the category is required, one of "
					+ "SHIPMENT, RETURN, RECEIPT, EXPENSE, PREPAYMENT, IGNORE");
	}

	@Test
	void unknownSignIsNamedWithFileAndLine() {
		assertThatIllegalArgumentException().isThrownBy(() -> rules("FB_RECEIVE, *, *, *, >0, RECEIPT"))
			.withMessage("rules.csv:1: unknown sign \">0\", expected +, -, 0 or *");
	}

	@Test
	void starInsideAValueIsRejectedRatherThanTakenLiterally() {
		assertThatIllegalArgumentException().isThrownBy(() -> rules("FB_RECEIVABLE, XSYS*, *, *, *, SHIPMENT"))
			.withMessage("rules.csv:1: \"XSYS*\": * matches a whole value and cannot be part of one");
	}

	@Test
	void fileWithoutRulesIsRejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> rules("# only a comment", ""))
			.withMessage("rules.csv: no rules, every line is blank or a comment");
	}

	@Test
	void loadedRulesAreNamedAfterTheFileName(@TempDir Path dir) throws Exception {
		Path file = dir.resolve("my-rules.csv");
		Files.writeString(file, "# 规则\nFB_RECEIVABLE, *, 退货, *, -, RETURN\n");
		ClassificationRules rules = ClassificationRules.load(file);
		assertThat(classify(rules, RECEIVABLE, null, "销售退货", null, "-1"))
			.contains(new Classification(Category.RETURN, "my-rules.csv:2"));
	}

	@Test
	void loadErrorsNameTheFile(@TempDir Path dir) throws Exception {
		Path file = dir.resolve("broken.csv");
		Files.writeString(file, "FB_RECEIVABLE, *, *, *, *\n");
		assertThatIllegalArgumentException().isThrownBy(() -> ClassificationRules.load(file))
			.withMessageStartingWith("broken.csv:1: has 5 columns");
	}

	@Test
	void missingFileIsAnIoFailureNamingThePath(@TempDir Path dir) {
		Path file = dir.resolve("absent.csv");
		assertThatExceptionOfType(UncheckedIOException.class).isThrownBy(() -> ClassificationRules.load(file))
			.withMessageContaining(file.toString());
	}

	private static ClassificationRules rules(String... lines) {
		return ClassificationRules.parse(String.join("\n", lines), "rules.csv");
	}

	private static Optional<Classification> classify(ClassificationRules rules, ErpBusinessType type,
			@Nullable String code, @Nullable String name, @Nullable String source, String amount) {
		return rules.classify(type, code, name, source, new BigDecimal(amount));
	}

	private static Category categoryOf(ClassificationRules rules, ErpBusinessType type, @Nullable String code,
			@Nullable String name, @Nullable String source, String amount) {
		return classify(rules, type, code, name, source, amount).orElseThrow().category();
	}

}
