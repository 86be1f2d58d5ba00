package com.qincebridge.statement;

import java.math.BigDecimal;
import java.util.List;

import com.qincebridge.erp.ErpBusinessType;
import com.qincebridge.staging.StagedLine;
import org.jspecify.annotations.Nullable;

/**
 * A statement as the build step made it, ready for the ledger: the exact request to send
 * and its hash, the totals, and the ERP lines it holds. A statement that cannot be sent
 * (a value over a field limit) is built {@linkplain #invalidReason() invalid}: it stays
 * in the ledger with the reason and its lines count as quarantined.
 *
 * @param openingSource where the opening balance came from (goods statements): LEDGER,
 * IMPORTED or ZERO
 */
public record BuiltStatement(StatementKey key, String statementNo, String contentJson, String contentHash,
		@Nullable GoodsTotals goodsTotals, @Nullable String openingSource, BigDecimal total, int tradeCount,
		List<LineRef> lines, @Nullable String invalidReason) {

	/**
	 * A statement that cannot be sent: no content, the reason hashed, the lines' sum as
	 * its total.
	 */
	public static BuiltStatement invalid(StatementKey key, List<StagedLine> lines, @Nullable GoodsTotals totals,
			@Nullable String openingSource, String reason) {
		return new BuiltStatement(key, key.statementNo(), "{}", ContentHash.of(reason), totals, openingSource,
				sum(lines), 0, refs(lines), reason);
	}

	/** The lines as the ledger keeps them. */
	public static List<LineRef> refs(List<StagedLine> lines) {
		return lines.stream()
			.map((line) -> new LineRef(line.businessType(), line.detailId(), line.orderId(), line.amount()))
			.toList();
	}

	/** The sum of the lines' amounts. */
	public static BigDecimal sum(List<StagedLine> lines) {
		return lines.stream().map(StagedLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	/** An ERP line in a statement, with what it contributes. */
	public record LineRef(ErpBusinessType businessType, String detailId, String orderId, BigDecimal amount) {
	}

}
