package com.qincebridge.erp;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import com.qincebridge.erp.ErpRow.FieldError;

import static com.qincebridge.erp.ErpFixtures.RECEIVABLE_EXAMPLE;
import static org.assertj.core.api.Assertions.assertThat;

class ErpRowReadingTests {

	@Test
	void numericAmountIsKeptAtTheScaleSent() {
		assertThat(receivable(with("receivable_amount", "256")).amount()).isEqualTo(new BigDecimal("256"));
		assertThat(receivable(with("receivable_amount", "256.00")).amount()).isEqualTo(new BigDecimal("256.00"));
	}

	@Test
	void textAmountIsKeptExactly() {
		assertThat(receivable(with("receivable_amount", "\"-304.00\"")).amount()).isEqualTo(new BigDecimal("-304.00"));
		assertThat(receivable(with("receivable_amount", "\" 760.00 \"")).amount()).isEqualTo(new BigDecimal("760.00"));
	}

	@Test
	void goodsCodeIsTextWhetherSentAsNumberOrString() {
		assertThat(receivable(with("erp_goods_code", "1010200800")).goodsCode()).isEqualTo("1010200800");
		assertThat(receivable(with("erp_goods_code", "\"CS002\"")).goodsCode()).isEqualTo("CS002");
		assertThat(receivable(with("erp_goods_code", "\"001\"")).goodsCode()).isEqualTo("001");
	}

	@Test
	void numericIdsKeepEveryDigit() {
		Receivable line = receivable(with("receivable_order_id", "1972506313439121408")
			.replace("\"1972506313678196736\"", "197250631367819673612345"));
		assertThat(line.orderId()).isEqualTo("1972506313439121408");
		assertThat(line.detailId()).isEqualTo("197250631367819673612345");
	}

	@Test
	void emptyNullAndAbsentOptionalTextsAreNull() {
		Receivable line = receivable(
				with("customer_name", "\"\"").replace("\"customer_code\": \"APP.111111\"", "\"customer_code\": null")
					.replace("\"branch_name\": \"销售部\",", ""));
		assertThat(line.customerName()).isNull();
		assertThat(line.customerCode()).isNull();
		assertThat(line.branchName()).isNull();
		assertThat(line.branchCode()).isEqualTo("BM000005");
	}

	@Test
	void orderDateWithTimeKeepsTheDate() {
		assertThat(receivable(with("order_date", "\"2025-07-16 23:59:59\"")).orderDate())
			.isEqualTo(LocalDate.of(2025, 7, 16));
	}

	@Test
	void orderDateWithBrokenTimeIsAFieldError() {
		ErpRow<Receivable> row = read(with("order_date", "\"2025-07-16 23:59:259\""));
		assertThat(row.line()).isNull();
		assertThat(row.errors()).singleElement()
			.satisfies((error) -> assertThat(error).extracting(FieldError::field, FieldError::value)
				.containsExactly("order_date", "2025-07-16 23:59:259"));
		assertThat(row.errors().get(0).reason()).contains("yyyy-MM-dd");
	}

	@Test
	void orderDateWithSlashesOrImpossibleDayIsAFieldError() {
		assertThat(read(with("order_date", "\"2025/07/16\"")).errors()).extracting(FieldError::value)
			.containsExactly("2025/07/16");
		assertThat(read(with("order_date", "\"2025-02-30\"")).errors()).extracting(FieldError::value)
			.containsExactly("2025-02-30");
		assertThat(read(with("order_date", "20250716")).errors()).extracting(FieldError::value)
			.containsExactly("20250716");
	}

	@Test
	void missingAmountIsAFieldError() {
		ErpRow<Receivable> row = read(RECEIVABLE_EXAMPLE.replace(",\n\"receivable_amount\": \"760.00\"", ""));
		assertThat(row.isValid()).isFalse();
		assertThat(row.errors()).containsExactly(new FieldError("receivable_amount", null, "is missing"));
		assertThat(row.detailId()).isEqualTo("1972506313678196736");
	}

	@Test
	void emptyOrNonNumericAmountIsAFieldError() {
		assertThat(read(with("receivable_amount", "\"\"")).errors())
			.containsExactly(new FieldError("receivable_amount", "", "is empty"));
		assertThat(read(with("receivable_amount", "\"7,60.00\"")).errors())
			.containsExactly(new FieldError("receivable_amount", "7,60.00", "is not a decimal number"));
	}

	@Test
	void everyRequiredFieldIsCheckedAndAllErrorsAreKeptInFieldOrder() {
		ErpRow<Receivable> row = read("{\"receivable_order_code\": \"YS-1\", \"order_date\": \"yesterday\"}");
		assertThat(row.errors()).extracting(FieldError::field)
			.containsExactly("receivable_order_id", "receivable_order_detail_id", "company_code", "order_date",
					"receivable_amount");
		assertThat(row.detailId()).isNull();
	}

	@Test
	void objectWhereATextBelongsIsAFieldError() {
		ErpRow<Receivable> row = read(with("company_name", "{\"zh\": \"江西好又快公司\"}"));
		assertThat(row.errors()).singleElement().satisfies((error) -> {
			assertThat(error.field()).isEqualTo("company_name");
			assertThat(error.value()).isEqualTo("{\"zh\":\"江西好又快公司\"}");
		});
	}

	@Test
	void itemThatIsNoObjectIsAnInvalidRow() {
		ErpRow<Receivable> row = read("[1, 2]");
		assertThat(row.isValid()).isFalse();
		assertThat(row.errors()).extracting(FieldError::field).containsExactly("item");
		assertThat(row.rawJson()).isEqualTo("[1, 2]");
	}

	@Test
	void nullItemIsAnInvalidRow() {
		ErpRow<Receivable> row = read("null");
		assertThat(row.isValid()).isFalse();
		assertThat(row.rawJson()).isEqualTo("null");
	}

	@Test
	void numericDetailIdOfAnInvalidRowStillNamesIt() {
		ErpRow<Receivable> row = read(
				with("receivable_order_detail_id", "1972506313678196736").replace("\"2025-09-29\"", "\"2025-09-31\""));
		assertThat(row.isValid()).isFalse();
		assertThat(row.detailId()).isEqualTo("1972506313678196736");
	}

	@Test
	void errorsReadAsOneSentence() {
		ErpRow<Receivable> row = read(
				with("order_date", "\"2025/07/16\"").replace(",\n\"receivable_amount\": \"760.00\"", ""));
		assertThat(row.describeErrors()).isEqualTo(
				"order_date is not a date as yyyy-MM-dd or yyyy-MM-dd HH:mm:ss: \"2025/07/16\"; receivable_amount is missing");
	}

	private static String with(String field, String jsonValue) {
		assertThat(RECEIVABLE_EXAMPLE).contains("\"" + field + "\": ");
		return RECEIVABLE_EXAMPLE.replaceFirst("\"" + field + "\": [^,\\n]+", "\"" + field + "\": " + jsonValue);
	}

	private static ErpRow<Receivable> read(String item) {
		return ErpPageReader.row(ErpBusinessType.FB_RECEIVABLE, Receivable.class, item);
	}

	private static Receivable receivable(String item) {
		ErpRow<Receivable> row = read(item);
		assertThat(row.errors()).isEmpty();
		return row.line();
	}

}
