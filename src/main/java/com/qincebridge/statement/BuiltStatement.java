package com.qincebridge.statement;

import com.qincebridge.goods.GoodsTotals;

import java.math.BigDecimal;
import java.util.List;

import com.qincebridge.erp.ErpBusinessType;
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

	/** An ERP line in a statement, with what it contributes. */
	public record LineRef(ErpBusinessType businessType, String detailId, String orderId, BigDecimal amount) {
	}

}
