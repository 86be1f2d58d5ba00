package com.qincebridge.prepayment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.qincebridge.support.Sha256;
import com.qincebridge.qince.PrepaymentApply;
import com.qincebridge.qince.PrepaymentApplyDetail;
import com.qincebridge.qince.PrepaymentReversal;
import com.qincebridge.qince.QinceMoney;

/**
 * Finance's prepayment file (UTF-8 CSV, header {@value ApplyFileRow#HEADER}) as the items
 * the apply job works on. ADD rows with the same code are the lines of one prepayment; an
 * ADD row without a code is a prepayment of its own, whose code is the prefix and a hash
 * of its identifying fields (variant, account, activity code and line, amount, ERP detail
 * id), so the same row gets the same code on every run. A malformed row is an unusable
 * item with the reason, and so is every prepayment one of whose rows is malformed: a
 * prepayment is created whole or not at all.
 */
final class ApplyFile {

	private ApplyFile() {
	}

	static List<ApplyItem> read(String text, String codePrefix) {
		String[] lines = text.replace("\uFEFF", "").split("\r?\n");
		if (lines.length == 0 || !lines[0].replace(" ", "").equalsIgnoreCase(ApplyFileRow.HEADER)) {
			throw new IllegalArgumentException("the first line must be the header " + ApplyFileRow.HEADER);
		}
		List<ApplyItem> items = new ArrayList<>();
		Map<String, List<ApplyFileRow>> prepayments = new LinkedHashMap<>();
		Map<String, String> poisoned = new LinkedHashMap<>();
		for (int i = 1; i < lines.length; i++) {
			if (lines[i].isBlank() || lines[i].startsWith("#")) {
				continue;
			}
			List<String> fields = CsvLine.split(lines[i]);
			ApplyFileRow row;
			try {
				row = ApplyFileRow.read(i + 1, fields);
			}
			catch (IllegalArgumentException ex) {
				String code = (fields.size() > 2 && !fields.get(2).isBlank()) ? fields.get(2).strip() : null;
				items.add(ApplyItem.unusable(i + 1, code, ex.getMessage()));
				if (code != null) {
					poisoned.putIfAbsent(code, "line " + (i + 1) + " of this prepayment: " + ex.getMessage());
				}
				continue;
			}
			if (row.action().equals("REVERSE")) {
				items.add(new ApplyItem(List.of(row.line()), row.variant(), row.code(), null, List.of(),
						new PrepaymentReversal(row.code(), row.account(), row.reverseTime()), null));
				continue;
			}
			String code = (row.code() != null) ? row.code() : codePrefix + hash(row);
			List<ApplyFileRow> group = prepayments.computeIfAbsent(code, (key) -> new ArrayList<>());
			if (row.code() == null && !group.isEmpty()) {
				items.add(ApplyItem.unusable(row.line(), code, "the same prepayment as line " + group.get(0).line()));
				continue;
			}
			group.add(row);
		}
		prepayments.forEach((code, rows) -> items.add(prepayment(code, rows, poisoned.get(code))));
		items.sort(Comparator.comparing((item) -> item.lines().get(0)));
		return items;
	}

	private static ApplyItem prepayment(String code, List<ApplyFileRow> rows, String poisoned) {
		List<Integer> lines = rows.stream().map(ApplyFileRow::line).toList();
		ApplyFileRow first = rows.get(0);
		String problem = (poisoned != null) ? poisoned
				: rows.stream()
					.filter((row) -> row.variant() != first.variant())
					.map((row) -> "line " + row.line() + " has another variant than line " + first.line())
					.findFirst()
					.orElse(null);
		List<PrepaymentApplyDetail> details = rows.stream()
			.map((row) -> new PrepaymentApplyDetail(row.activityCode(), row.activityCmId(),
					QinceMoney.format(row.amount()), row.extFields().isEmpty() ? null : row.extFields()))
			.toList();
		return new ApplyItem(lines, first.variant(), code,
				new PrepaymentApply(code, first.name(), first.account(), first.remark(), details),
				rows.stream().map(ApplyFileRow::erpDetailId).toList(), null, problem);
	}

	private static String hash(ApplyFileRow row) {
		String key = String.join("\u001f", row.variant().name(), String.valueOf(row.account()), row.activityCode(),
				String.valueOf(row.activityCmId()), QinceMoney.format(row.amount()), String.valueOf(row.erpDetailId()));
		return Sha256.hex(key).substring(0, 24).toUpperCase(Locale.ROOT);
	}

}
