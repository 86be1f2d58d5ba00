package com.qincebridge.goods;

import com.qincebridge.statement.GoodsTotals;
import com.qincebridge.qince.GoodsStatement;

/**
 * A goods-payment statement ready to store and send.
 *
 * @param request the saveStatement body, within the field limits
 * @param totals its money at full precision
 */
public record BuiltGoodsStatement(GoodsStatement request, GoodsTotals totals) {
}
