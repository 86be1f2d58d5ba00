package com.qincebridge.qince;

import com.qincebridge.http.Varchar;
import org.jspecify.annotations.Nullable;

/**
 * A custom field of a new prepayment line ({@code details.ext_fields}).
 *
 * @param name field name, VARCHAR(100)
 * @param value field value, VARCHAR(100); options separated by commas
 */
public record PrepaymentExtField(@Varchar(100) @Nullable String name, @Varchar(100) @Nullable String value) {
}
