package com.qincebridge.sandbox;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads the lines of a new prepayment and applies custom-field updates to lines, each
 * answering the problem that refuses the call, or null.
 */
final class PrepaymentLines {

	private PrepaymentLines() {
	}

	/**
	 * Read {@code details}: activity_code always required; activity_cm_id and
	 * prepayment_amount required for online cost; amounts decimal; ext_fields
	 * {@code {name, value}} become the line's ext_data.
	 */
	static @Nullable String read(PrepaymentKind kind, JsonNode details, Supplier<String> ids,
			List<PrepaymentEntry.Line> lines) {
		for (int i = 0; i < details.size(); i++) {
			JsonNode detail = details.get(i);
			String path = "details[" + i + "].";
			String activityCode = Json.text(detail, "activity_code");
			String cmId = Json.text(detail, "activity_cm_id");
			String amount = Json.text(detail, "prepayment_amount");
			if (activityCode == null) {
				return path + "activity_code不能为空";
			}
			if (kind == PrepaymentKind.ONLINE_COST && (cmId == null || amount == null)) {
				return path + "activity_cm_id和prepayment_amount不能为空";
			}
			BigDecimal value;
			try {
				value = (amount != null) ? new BigDecimal(amount) : BigDecimal.ZERO;
			}
			catch (NumberFormatException ex) {
				return path + "prepayment_amount格式错误: " + amount;
			}
			ObjectNode extData = Json.object();
			for (JsonNode field : detail.path("ext_fields")) {
				String name = Json.text(field, "name");
				if (name != null) {
					extData.put(name, (Json.text(field, "value") != null) ? Json.text(field, "value") : "");
				}
			}
			lines.add(new PrepaymentEntry.Line(ids.get(), activityCode, (cmId != null) ? cmId : "", value, extData));
		}
		return null;
	}

	/**
	 * Apply {@code ext_list} items {@code {ext_key, ext_value, prepayment_cm_id}}: all or
	 * none; every line must belong to the prepayment, key and value are required and at
	 * most 32 characters.
	 */
	static @Nullable String applyExt(PrepaymentEntry entry, JsonNode list) {
		for (int i = 0; i < list.size(); i++) {
			JsonNode item = list.get(i);
			String key = Json.text(item, "ext_key");
			String value = Json.text(item, "ext_value");
			String lineId = Json.text(item, "prepayment_cm_id");
			if (key == null || value == null || lineId == null) {
				return "ext_list[" + i + "]: ext_key, ext_value, prepayment_cm_id不能为空";
			}
			if (key.length() > 32 || value.length() > 32) {
				return "ext_list[" + i + "]: ext_key和ext_value不能超过32个字符";
			}
			if (entry.lines.stream().noneMatch((line) -> line.id().equals(lineId))) {
				return "ext_list[" + i + "]: 预付款行不存在: " + lineId;
			}
		}
		for (JsonNode item : list) {
			String lineId = Json.text(item, "prepayment_cm_id");
			entry.lines.stream()
				.filter((line) -> line.id().equals(lineId))
				.forEach((line) -> line.extData()
					.put(String.valueOf(Json.text(item, "ext_key")), String.valueOf(Json.text(item, "ext_value"))));
		}
		return null;
	}

}
