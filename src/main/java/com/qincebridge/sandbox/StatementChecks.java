package com.qincebridge.sandbox;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * What the Qince simulator refuses in a statement save, with return_code 100608 as the
 * documents' examples do: no statement number ({@code 对账单号为空}), no customer, neither a
 * trade month nor both dates, a trade month not as yyyy-MM, a VARCHAR(32) field
 * (statement_no, serial_no, voucher_no, ext_key, ext_value) longer than 32 characters, a
 * trade or detail whose statement_no differs from the statement's serial_no, and an
 * amount or quantity that is not a decimal number. Dates are not checked: the documents'
 * own example has {@code "2019 - 11 - 28"}.
 */
final class StatementChecks {

	private static final Set<String> VARCHAR_32 = Set.of("statement_no", "serial_no", "voucher_no", "ext_key",
			"ext_value");

	private static final List<String> STATEMENT_DECIMALS = List.of("begin_balance", "zjkje", "zchje", "zthje", "zqmye",
			"zchsl", "zthsl", "zjcsl");

	private static final List<String> TRADE_DECIMALS = List.of("trade_amount", "total_count");

	private static final List<String> DETAIL_DECIMALS = List.of("amount", "number");

	private static final Pattern MONTH = Pattern.compile("\\d{4}-(0[1-9]|1[0-2])");

	private StatementChecks() {
	}

	/** Why a save is refused, or null when it is acceptable. */
	static @Nullable String problem(StatementKind kind, JsonNode body) {
		String number = Json.text(body, kind.numberField());
		if (number == null) {
			return "对账单号为空";
		}
		if (Json.text(body, "customer_code") == null) {
			return "客户编码为空";
		}
		String month = Json.text(body, "trade_month");
		if (month == null && (Json.text(body, "start_date") == null || Json.text(body, "end_date") == null)) {
			return "交易月份与起止日期不能同时为空";
		}
		if (month != null && !MONTH.matcher(month).matches()) {
			return "交易月份格式错误,应为yyyy-MM: " + month;
		}
		String tooLong = tooLong(body, "");
		if (tooLong != null) {
			return "字段超过32个字符: " + tooLong;
		}
		return (kind == StatementKind.GOODS) ? goodsProblem(body, number) : null;
	}

	private static @Nullable String goodsProblem(JsonNode body, String number) {
		String bad = notDecimal(body, "", STATEMENT_DECIMALS);
		JsonNode trades = body.path("trade");
		for (int i = 0; bad == null && i < trades.size(); i++) {
			JsonNode trade = trades.get(i);
			String path = "trade[" + i + "].";
			bad = otherStatement(trade, path, number);
			bad = (bad != null) ? bad : notDecimal(trade, path, TRADE_DECIMALS);
			JsonNode details = trade.path("detail");
			for (int j = 0; bad == null && j < details.size(); j++) {
				String detailPath = path + "detail[" + j + "].";
				bad = otherStatement(details.get(j), detailPath, number);
				bad = (bad != null) ? bad : notDecimal(details.get(j), detailPath, DETAIL_DECIMALS);
			}
		}
		return bad;
	}

	private static @Nullable String otherStatement(JsonNode node, String path, String number) {
		String statementNo = Json.text(node, "statement_no");
		return (statementNo != null && !statementNo.equals(number))
				? path + "statement_no与对账单号不一致: " + statementNo + " ≠ " + number : null;
	}

	private static @Nullable String notDecimal(JsonNode node, String path, List<String> fields) {
		for (String field : fields) {
			String value = Json.text(node, field);
			if (value != null && !isDecimal(value)) {
				return "金额或数量格式错误: " + path + field + "=" + value;
			}
		}
		return null;
	}

	private static boolean isDecimal(String value) {
		try {
			new BigDecimal(value);
			return true;
		}
		catch (NumberFormatException ex) {
			return false;
		}
	}

	/** The path of the first VARCHAR(32) field over its limit, anywhere in the tree. */
	private static @Nullable String tooLong(JsonNode node, String path) {
		if (node.isArray()) {
			for (int i = 0; i < node.size(); i++) {
				String found = tooLong(node.get(i), path + "[" + i + "]");
				if (found != null) {
					return found;
				}
			}
		}
		else if (node.isObject()) {
			for (var property : node.properties()) {
				String fieldPath = path.isEmpty() ? property.getKey() : path + "." + property.getKey();
				String text = Json.text(node, property.getKey());
				if (VARCHAR_32.contains(property.getKey()) && text != null
						&& text.codePointCount(0, text.length()) > 32) {
					return fieldPath;
				}
				String found = tooLong(property.getValue(), fieldPath);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

}
