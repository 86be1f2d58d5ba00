package com.qincebridge.sandbox;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One prepayment as the Qince simulator holds it; changed only under the
 * {@link PrepaymentBook}'s lock. Renders the rows of the list, detail and push shapes.
 */
final class PrepaymentEntry {

	final PrepaymentKind kind;

	final String id;

	final String code;

	final String name;

	final String account;

	final String remark;

	final String createTime;

	final List<Line> lines = new ArrayList<>();

	String modifyTime;

	String flowStatus = "0";

	String auditTime = "";

	String reverseStatus = "";

	String reverserAccount = "";

	String reverseTime = "";

	@Nullable String reversalOf;

	@Nullable String reversedBy;

	PrepaymentEntry(PrepaymentKind kind, String id, String code, String name, String account, String remark,
			String createTime) {
		this.kind = kind;
		this.id = id;
		this.code = code;
		this.name = name;
		this.account = account;
		this.remark = remark;
		this.createTime = createTime;
		this.modifyTime = createTime;
	}

	BigDecimal amount() {
		return this.lines.stream().map((line) -> line.amount).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	/** A row of queryList / queryOnlineCostList, fields in the table's order. */
	ObjectNode listRow() {
		ObjectNode row = Json.object();
		row.put("prepayment_code", this.code);
		row.put("prepayment_name", this.name);
		row.put("create_time", this.createTime);
		row.put("creator_account", this.account);
		row.put("creator_name", this.account);
		row.put("prepayment_amount", amount().setScale(2, RoundingMode.HALF_UP).toPlainString());
		row.put("flow_status", this.flowStatus);
		row.put("auditor_account", this.auditTime.isEmpty() ? "" : "auditor");
		row.put("auditor_name", this.auditTime.isEmpty() ? "" : "审批人");
		row.put("audit_time", this.auditTime);
		row.put("reverse_status", this.reverseStatus);
		row.put("reverser_account", this.reverserAccount);
		row.put("reverser_name", this.reverserAccount);
		row.put("reverse_time", this.reverseTime);
		row.put("operator_name", this.account);
		row.put("remark", this.remark);
		return row;
	}

	/** The data of a change push: the list row with its details. */
	ObjectNode pushData() {
		ObjectNode data = listRow();
		ArrayNode details = data.putArray("details");
		this.lines.forEach((line) -> details.add(detailRow(line)));
		return data;
	}

	/** A row of queryDetailList / queryOnlineCostDetailList. */
	ObjectNode detailRow(Line line) {
		ObjectNode row = Json.object();
		String amount = line.amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
		row.put("id", line.id);
		row.put("prepayment_code", this.code);
		row.put("activity_code", line.activityCode);
		row.put("activity_cm_id", line.activityCmId);
		row.put("activity_cm_amount", amount);
		row.put("prepaid_amount", amount);
		row.put("prepayment_amount", amount);
		row.put("verified_amount", "0");
		row.put("verifying_amount", "0");
		row.set("ext_data", line.extData.deepCopy());
		return row;
	}

	QincePrepayment snapshot() {
		return new QincePrepayment(this.kind, this.id, this.code, this.name, this.account, this.remark, amount(),
				this.flowStatus, this.createTime, this.modifyTime, this.reverseStatus, this.reversalOf, this.reversedBy,
				this.lines.stream()
					.map((line) -> new QincePrepayment.Line(line.id, line.activityCode, line.activityCmId, line.amount,
							line.extData.deepCopy()))
					.toList());
	}

	/** A prepayment line; its custom fields change in place. */
	record Line(String id, String activityCode, String activityCmId, BigDecimal amount, ObjectNode extData) {
	}

}
