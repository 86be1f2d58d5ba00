package com.qincebridge.sandbox;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The prepayments the Qince simulator holds, both variants, in the order they were
 * created. A {@code code} that was ever used (by either variant, reversals included) is
 * refused with return_code 1, as "必须不重复" demands; without a code one is generated like
 * {@code YFK2025100100000001}; a code longer than its VARCHAR(100) is refused. A reversal
 * (红冲) creates a new prepayment with the negated lines, reverse_status 2 and flow_status
 * 1, and marks the original reverse_status 1; both link to each other. The online-cost
 * variant requires account, activity_cm_id and prepayment_amount, and ext_list on
 * updates. Thread-safe.
 */
final class PrepaymentBook {

	private final long seed;

	private final Clock clock;

	private final Map<String, PrepaymentEntry> byCode = new LinkedHashMap<>();

	private final Map<PrepaymentKind, List<ObjectNode>> endRecords = new LinkedHashMap<>();

	private final Set<String> deleted = new HashSet<>();

	private long sequence;

	private long codes;

	PrepaymentBook(long seed, Clock clock) {
		this.seed = seed;
		this.clock = clock;
		clear();
	}

	synchronized QinceResult add(PrepaymentKind kind, JsonNode body) {
		String code = Json.text(body, "code");
		if (code != null && code.length() > 100) {
			return QinceResult.error(QinceResult.FAILED, "预付款单号超过100个字符: " + code);
		}
		if (code != null && this.byCode.containsKey(code)) {
			return QinceResult.error(QinceResult.FAILED, "预付款单号已存在,必须不重复: " + code);
		}
		String account = Json.text(body, "account");
		if (kind == PrepaymentKind.ONLINE_COST && account == null) {
			return QinceResult.error(QinceResult.FAILED, "经办人(account)不能为空");
		}
		List<PrepaymentEntry.Line> lines = new ArrayList<>();
		String problem = PrepaymentLines.read(kind, body.path("details"), this::lineId, lines);
		if (problem != null) {
			return QinceResult.error(QinceResult.FAILED, problem);
		}
		String now = ShanghaiTime.now(this.clock);
		PrepaymentEntry entry = new PrepaymentEntry(kind, prepaymentId(), (code != null) ? code : newCode(),
				orEmpty(Json.text(body, "name")), orEmpty(account), orEmpty(Json.text(body, "remark")), now);
		entry.lines.addAll(lines);
		this.byCode.put(entry.code, entry);
		return QinceResult.saved("预付款申请新增成功!");
	}

	synchronized QinceResult reverse(PrepaymentKind kind, JsonNode body) {
		String code = Json.text(body, "code");
		String account = Json.text(body, "account");
		if (code == null || account == null) {
			return QinceResult.error(QinceResult.FAILED, "预付款单号(code)和红冲人账号(account)不能为空");
		}
		PrepaymentEntry original = find(kind, code);
		if (original == null) {
			return QinceResult.error(QinceResult.FAILED, "预付款单不存在: " + code);
		}
		if (!original.reverseStatus.isEmpty()) {
			return QinceResult.error(QinceResult.FAILED, "预付款单已红冲或为红冲单,不能红冲: " + code);
		}
		String now = ShanghaiTime.now(this.clock);
		String reverseTime = Optional.ofNullable(Json.text(body, "reverse_time")).orElse(now);
		PrepaymentEntry red = new PrepaymentEntry(kind, prepaymentId(), newCode(), original.name, original.account,
				original.remark, now);
		for (PrepaymentEntry.Line line : original.lines) {
			red.lines.add(new PrepaymentEntry.Line(lineId(), line.activityCode(), line.activityCmId(),
					line.amount().negate(), line.extData().deepCopy()));
		}
		red.flowStatus = "1";
		red.reverseStatus = "2";
		red.reversalOf = code;
		original.reverseStatus = "1";
		original.reversedBy = red.code;
		original.modifyTime = now;
		for (PrepaymentEntry entry : List.of(original, red)) {
			entry.reverserAccount = account;
			entry.reverseTime = reverseTime;
		}
		this.byCode.put(red.code, red);
		return QinceResult.savedWithoutData();
	}

	synchronized QinceResult updateExt(PrepaymentKind kind, JsonNode body) {
		String code = Json.text(body, "prepayment_code");
		String id = Json.text(body, "prepayment_id");
		PrepaymentEntry entry = (code != null) ? find(kind, code)
				: this.byCode.values()
					.stream()
					.filter((candidate) -> candidate.kind == kind && candidate.id.equals(id))
					.findFirst()
					.orElse(null);
		JsonNode list = body.path("ext_list");
		if (kind == PrepaymentKind.ONLINE_COST && list.isEmpty()) {
			return QinceResult.error(QinceResult.FAILED, "ext_list不能为空");
		}
		if (entry == null) {
			return QinceResult.error(QinceResult.FAILED, "预付款单不存在: " + ((code != null) ? code : id));
		}
		String problem = PrepaymentLines.applyExt(entry, list);
		if (problem != null) {
			return QinceResult.error(QinceResult.FAILED, problem);
		}
		entry.modifyTime = ShanghaiTime.now(this.clock);
		return QinceResult.acknowledged();
	}

	synchronized QinceResult list(PrepaymentKind kind, JsonNode body) {
		return PrepaymentQueries.list(entries(kind), body);
	}

	synchronized QinceResult details(PrepaymentKind kind, JsonNode body) {
		return PrepaymentQueries.details(kind, entries(kind), body);
	}

	synchronized QinceResult endRecords(PrepaymentKind kind, JsonNode body) {
		return PrepaymentQueries.endRecords(this.endRecords.get(kind), body);
	}

	synchronized void addEndRecord(PrepaymentKind kind, ObjectNode record) {
		this.endRecords.get(kind).add(record.deepCopy());
	}

	synchronized Optional<QincePrepayment> get(String code) {
		return Optional.ofNullable(this.byCode.get(code))
			.filter((entry) -> !this.deleted.contains(entry.code))
			.map(PrepaymentEntry::snapshot);
	}

	/**
	 * Delete a prepayment, as a Qince user would: no query lists it any more, and its
	 * code stays used.
	 */
	synchronized void delete(String code) {
		this.deleted.add(require(code).code);
	}

	synchronized List<QincePrepayment> all(PrepaymentKind kind) {
		return entries(kind).stream().map(PrepaymentEntry::snapshot).toList();
	}

	/** The data of a change push of a prepayment, with its details. */
	synchronized ObjectNode pushData(String code) {
		return require(code).pushData();
	}

	synchronized QincePrepayment setFlowStatus(String code, String flowStatus) {
		PrepaymentEntry entry = require(code);
		entry.flowStatus = flowStatus;
		entry.modifyTime = ShanghaiTime.now(this.clock);
		entry.auditTime = "1".equals(flowStatus) ? entry.modifyTime : entry.auditTime;
		return entry.snapshot();
	}

	synchronized void clear() {
		this.byCode.clear();
		this.deleted.clear();
		for (PrepaymentKind kind : PrepaymentKind.values()) {
			this.endRecords.put(kind, new ArrayList<>());
		}
	}

	private List<PrepaymentEntry> entries(PrepaymentKind kind) {
		return this.byCode.values()
			.stream()
			.filter((entry) -> entry.kind == kind && !this.deleted.contains(entry.code))
			.toList();
	}

	private @Nullable PrepaymentEntry find(PrepaymentKind kind, String code) {
		PrepaymentEntry entry = this.byCode.get(code);
		return (entry != null && entry.kind == kind && !this.deleted.contains(code)) ? entry : null;
	}

	private PrepaymentEntry require(String code) {
		PrepaymentEntry entry = this.byCode.get(code);
		if (entry == null) {
			throw new IllegalArgumentException("no prepayment " + code);
		}
		return entry;
	}

	private String newCode() {
		String code;
		do {
			code = "YFK" + ShanghaiTime.today(this.clock).replace("-", "") + String.format("%08d", ++this.codes);
		}
		while (this.byCode.containsKey(code));
		return code;
	}

	private String prepaymentId() {
		return Mix.digits("6", Mix.of(this.seed, 1, ++this.sequence), 19);
	}

	private String lineId() {
		return Mix.digits("7", Mix.of(this.seed, 2, ++this.sequence), 19);
	}

	private static String orEmpty(@Nullable String text) {
		return (text != null) ? text : "";
	}

}
