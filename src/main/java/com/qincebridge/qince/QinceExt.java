package com.qincebridge.qince;

import com.qincebridge.http.Varchar;
import org.jspecify.annotations.Nullable;

/**
 * A custom field (自定义字段) of a statement or of one of its trades: {@code exts} and
 * {@code trade.exts} in saveStatement and saveExpense.
 *
 * @param extKey field name, VARCHAR(32), required
 * @param extValue field value, VARCHAR(32)
 */
public record QinceExt(@Varchar(value = 32, required = true) String extKey, @Varchar(32) @Nullable String extValue) {
}
