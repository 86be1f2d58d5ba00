package com.qincebridge.sandbox;

import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The prepayment queries: list, details and close records, each paged by {@code page}
 * (from 1) and {@code rows} (default 1000) as the tables say. Time filters are inclusive,
 * must be yyyy-MM-dd HH:mm:ss (return_code 1 otherwise) and compare as text, which sorts
 * like time in that format; a close record's create_time, shorter in the documents'
 * example, is compared with the bound cut to its length.
 */
final class PrepaymentQueries {

	private static final Pattern DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");

	private static final String[] TIME_FILTERS = { "create_from", "create_to", "modify_from", "modify_to",
			"recent_audit_from", "recent_audit_to", "start_date", "end_date" };

	private PrepaymentQueries() {
	}

	/** queryList / queryOnlineCostList. */
	static QinceResult list(List<PrepaymentEntry> entries, JsonNode body) {
		String bad = badTime(body);
		if (bad != null) {
			return QinceResult.error(QinceResult.FAILED, bad + "格式错误,应为yyyy-MM-dd HH:mm:ss");
		}
		String code = Json.text(body, "prepayment_code");
		String activity = Json.text(body, "activity_code");
		String flowStatus = Json.text(body, "flow_status");
		Stream<PrepaymentEntry> found = entries.stream()
			.filter((entry) -> within(entry.createTime, body, "create_from", "create_to")
					&& within(entry.modifyTime, body, "modify_from", "modify_to")
					&& within(entry.auditTime, body, "recent_audit_from", "recent_audit_to")
					&& (code == null || code.equals(entry.code))
					&& (activity == null
							|| entry.lines.stream().anyMatch((line) -> activity.equals(line.activityCode())))
					&& (flowStatus == null || flowStatus.equals(entry.flowStatus)));
		return page(found, body, PrepaymentEntry::listRow);
	}

	/** queryDetailList / queryOnlineCostDetailList; online cost requires the code. */
	static QinceResult details(PrepaymentKind kind, List<PrepaymentEntry> entries, JsonNode body) {
		String code = Json.text(body, "prepayment_code");
		if (kind == PrepaymentKind.ONLINE_COST && code == null) {
			return QinceResult.error(QinceResult.FAILED, "预付款单号(prepayment_code)不能为空");
		}
		Stream<ObjectNode> rows = entries.stream()
			.filter((entry) -> code == null || code.equals(entry.code))
			.flatMap((entry) -> entry.lines.stream().map(entry::detailRow));
		return page(rows, body, Function.identity());
	}

	/**
	 * queryEndRecordList / queryOnlineCostEndRecordList over the records a test added.
	 */
	static QinceResult endRecords(List<ObjectNode> records, JsonNode body) {
		String bad = badTime(body);
		if (bad != null) {
			return QinceResult.error(QinceResult.FAILED, bad + "格式错误,应为yyyy-MM-dd HH:mm:ss");
		}
		Stream<ObjectNode> found = records.stream()
			.filter((record) -> within(text(record, "create_time"), body, "start_date", "end_date")
					&& same(record, body, "prepayment_code") && same(record, body, "activity_code")
					&& same(record, body, "end_code"));
		return page(found, body, Function.identity());
	}

	private static <T> QinceResult page(Stream<T> found, JsonNode body, Function<T, ObjectNode> row) {
		int page = Json.positive(body, "page", 1);
		int rows = Json.positive(body, "rows", 1000);
		ArrayNode data = Json.array();
		found.skip((long) (page - 1) * rows).limit(rows).forEach((item) -> data.add(row.apply(item)));
		return QinceResult.rows(data);
	}

	private static boolean within(String time, JsonNode body, String fromField, String toField) {
		String from = Json.text(body, fromField);
		String to = Json.text(body, toField);
		if ((from != null || to != null) && time.isEmpty()) {
			return false;
		}
		return (from == null || time.compareTo(cut(from, time)) >= 0)
				&& (to == null || time.compareTo(cut(to, time)) <= 0);
	}

	private static String cut(String bound, String time) {
		return (time.length() < bound.length()) ? bound.substring(0, time.length()) : bound;
	}

	private static boolean same(ObjectNode record, JsonNode body, String field) {
		String wanted = Json.text(body, field);
		return wanted == null || wanted.equals(Json.text(record, field));
	}

	private static @Nullable String badTime(JsonNode body) {
		for (String field : TIME_FILTERS) {
			String value = Json.text(body, field);
			if (value != null && !DATE_TIME.matcher(value).matches()) {
				return field;
			}
		}
		return null;
	}

	private static String text(ObjectNode record, String field) {
		String text = Json.text(record, field);
		return (text != null) ? text : "";
	}

}
