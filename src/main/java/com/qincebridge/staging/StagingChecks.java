package com.qincebridge.staging;

import java.math.BigDecimal;
import java.util.Optional;

import com.qincebridge.erp.ErpBusinessType;
import com.qincebridge.erp.ErpLine;
import org.jspecify.annotations.Nullable;

/**
 * What a classified line must satisfy to be staged: a counterparty when it belongs on a
 * statement, values that fit the staging columns, and an amount the ledger holds exactly.
 * A line that fails goes to quarantine with the field and the reason instead of failing
 * the whole window on the database.
 */
final class StagingChecks {

	private static final int MAX_SCALE = 4;

	private static final int MAX_INTEGER_DIGITS = 16;

	private StagingChecks() {
	}

	/**
	 * The first problem of the line, as (field, reason), or empty when it can be staged.
	 */
	static Optional<Problem> check(ErpLine line, Category category) {
		ErpBusinessType type = line.businessType();
		String counterparty = counterpartyField(type);
		if (category != Category.IGNORE && blank(line.counterpartyCode())) {
			return Optional.of(new Problem(counterparty,
					"is missing, so the " + category + " line cannot be put on any customer's statement"));
		}
		return tooLong(type.detailIdField(), line.detailId(), 64)
			.or(() -> tooLong(type.orderIdField(), line.orderId(), 64))
			.or(() -> tooLong(type.orderIdField().replace("_id", "_code"), line.orderCode(), 64))
			.or(() -> tooLong("company_code", line.companyCode(), 64))
			.or(() -> tooLong(counterparty, line.counterpartyCode(), 100))
			.or(() -> tooLong(counterparty.replace("_code", "_name"), line.counterpartyName(), 200))
			.or(() -> tooLong("erp_item_type_code", line.itemTypeCode(), 64))
			.or(() -> tooLong("erp_item_type_name", line.itemTypeName(), 100))
			.or(() -> tooLong("erp_goods_code", line.goodsCode(), 64))
			.or(() -> tooLong("goods_category_code", line.goodsCategoryCode(), 64))
			.or(() -> amount(type.amountField(), line.amount()));
	}

	private static String counterpartyField(ErpBusinessType type) {
		return (type == ErpBusinessType.FB_RECEIVABLE || type == ErpBusinessType.FB_RECEIVE) ? "customer_code"
				: "supplier_code";
	}

	private static Optional<Problem> tooLong(String field, @Nullable String value, int max) {
		if (value == null || value.codePointCount(0, value.length()) <= max) {
			return Optional.empty();
		}
		return Optional.of(new Problem(field, "is " + value.codePointCount(0, value.length())
				+ " characters long, at most " + max + " are kept: \"" + value + "\""));
	}

	private static Optional<Problem> amount(String field, BigDecimal amount) {
		if (amount.scale() > MAX_SCALE && amount.stripTrailingZeros().scale() > MAX_SCALE) {
			return Optional
				.of(new Problem(field, "has more than " + MAX_SCALE + " decimals: " + amount.toPlainString()));
		}
		if (amount.precision() - amount.scale() > MAX_INTEGER_DIGITS) {
			return Optional.of(new Problem(field, "is too large: " + amount.toPlainString()));
		}
		return Optional.empty();
	}

	private static boolean blank(@Nullable String value) {
		return value == null || value.isBlank();
	}

	record Problem(String field, String reason) {
	}

}
