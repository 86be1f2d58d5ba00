package com.qincebridge.prepayment;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import com.qincebridge.files.TableFileException;
import com.qincebridge.files.TableReader;
import com.qincebridge.files.TableRow;
import com.qincebridge.support.Sha256;
import com.qincebridge.qince.PrepaymentApply;
import com.qincebridge.qince.PrepaymentApplyDetail;
import com.qincebridge.qince.PrepaymentReversal;
import com.qincebridge.qince.QinceMoney;

/**
 * Finance's prepayment file (CSV or .xlsx, see {@link TableReader}; header
 * {@value ApplyFileRow#HEADER}) as the items the apply job works on. ADD rows with the
 * same code are the lines of one prepayment; an ADD row without a code is a prepayment of
 * its own, whose code is the prefix and a hash of its identifying fields (variant,
 * account, activity code and line, amount, ERP detail id), so the same row gets the same
 * code on every run.
 * <p>
 * A malformed row is an unusable item with the reason, and so is a duplicate: a second
 * line of the same activity line in one prepayment, a second row naming the same ERP
 * detail, a second reversal of the same code. A prepayment one of whose rows is unusable
 * is unusable as a whole: it is created whole or not at all.
 */
final class ApplyFile {

	private ApplyFile() {
	}

	/**
	 * Read a file.
	 * @throws TableFileException when it cannot be read as a table or has no header
	 */
	static List<ApplyItem> read(Path file, String codePrefix) {
		try (TableReader reader = TableReader.open(file)) {
			TableRow header = reader.nextNonBlank();
			if (header == null) {
				throw new TableFileException(
						file + ": the file is empty; its first line must be the header " + ApplyFileRow.HEADER);
			}
			String names = String.join(",", header.cells()).replace(" ", "").replaceAll(",+$", "");
			if (!names.equalsIgnoreCase(ApplyFileRow.HEADER)) {
				throw new TableFileException(
						file + ": line " + header.line() + " must be the header " + ApplyFileRow.HEADER);
			}
			List<TableRow> rows = new ArrayList<>();
			reader.forEachRemaining(rows::add);
			return read(rows, codePrefix);
		}
	}

	static List<ApplyItem> read(List<TableRow> rows, String codePrefix) {
		List<ApplyItem> items = new ArrayList<>();
		Map<String, List<ApplyFileRow>> prepayments = new LinkedHashMap<>();
		Map<String, String> poisoned = new LinkedHashMap<>();
		Map<String, Integer> erpDetails = new HashMap<>();
		Map<String, Integer> reversals = new HashMap<>();
		for (TableRow line : rows) {
			if (line.isBlank() || line.cell(0).startsWith("#")) {
				continue;
			}
			ApplyFileRow row;
			try {
				row = ApplyFileRow.read(line);
			}
			catch (IllegalArgumentException ex) {
				String code = line.cell(2).isEmpty() ? null : line.cell(2);
				unusable(items, poisoned, line.line(), code, ex.getMessage());
				continue;
			}
			if (row.action().equals("REVERSE")) {
				String code = Objects.requireNonNull(row.code());
				Integer earlier = reversals.putIfAbsent(code, row.line());
				if (earlier != null) {
					items.add(ApplyItem.unusable(row.line(), code,
							"a second reversal of " + code + " (line " + earlier + " reverses it already)"));
					continue;
				}
				items.add(new ApplyItem(List.of(row.line()), row.variant(), code, null, List.of(),
						new PrepaymentReversal(code, row.account(), row.reverseTime()), null));
				continue;
			}
			String code = (row.code() != null) ? row.code() : codePrefix + hash(row);
			List<ApplyFileRow> group = prepayments.computeIfAbsent(code, (key) -> new ArrayList<>());
			String duplicate = duplicate(row, group, erpDetails);
			if (duplicate != null) {
				unusable(items, (row.code() != null) ? poisoned : new HashMap<>(), row.line(), code, duplicate);
				continue;
			}
			if (row.erpDetailId() != null) {
				erpDetails.put(row.erpDetailId(), row.line());
			}
			group.add(row);
		}
		prepayments.forEach((code, group) -> {
			if (!group.isEmpty()) {
				items.add(prepayment(code, group, poisoned.get(code)));
			}
		});
		items.sort(Comparator.comparing((item) -> item.lines().get(0)));
		return items;
	}

	private static String duplicate(ApplyFileRow row, List<ApplyFileRow> group, Map<String, Integer> erpDetails) {
		for (ApplyFileRow other : group) {
			if (row.code() == null) {
				return "the same prepayment as line " + other.line();
			}
			if (Objects.equals(other.activityCode(), row.activityCode())
					&& Objects.equals(other.activityCmId(), row.activityCmId())) {
				return "a second line for activity " + row.activityCode() + " line " + row.activityCmId()
						+ " in prepayment " + row.code() + " (line " + other.line() + ")";
			}
		}
		Integer earlier = (row.erpDetailId() != null) ? erpDetails.get(row.erpDetailId()) : null;
		return (earlier != null) ? "ERP detail " + row.erpDetailId() + " is already on line " + earlier : null;
	}

	private static void unusable(List<ApplyItem> items, Map<String, String> poisoned, int line, String code,
			String problem) {
		items.add(ApplyItem.unusable(line, code, problem));
		if (code != null) {
			poisoned.putIfAbsent(code, "line " + line + " of this prepayment: " + problem);
		}
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
