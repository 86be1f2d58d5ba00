package com.qincebridge.statement;

import java.math.BigDecimal;

/**
 * The money of a goods-payment statement at full precision, as the ledger keeps it (the
 * request holds the same values rounded to 2 decimals). Always
 * {@code endBalance = beginBalance + shipments - returns - receipts}, exactly.
 *
 * @param beginBalance 期初余额, as given to the builder
 * @param shipments zchje: the sum of the SHIPMENT amounts
 * @param returns zthje: the sum of the absolute RETURN amounts (positive for returns)
 * @param receipts zjkje: the sum of the RECEIPT amounts (refunds reduce it)
 * @param endBalance zqmye: the next month's begin balance once the month is closed
 */
public record GoodsTotals(BigDecimal beginBalance, BigDecimal shipments, BigDecimal returns, BigDecimal receipts,
		BigDecimal endBalance) {
}
