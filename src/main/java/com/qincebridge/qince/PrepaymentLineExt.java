package com.qincebridge.qince;

import com.qincebridge.http.Varchar;

/**
 * One custom field value of one prepayment line, an element of
 * {@link PrepaymentExtUpdate#extList()}. All fields are VARCHAR(32) and required.
 *
 * @param extKey the field's name
 * @param extValue its value (for customers, products and people: their code)
 * @param prepaymentCmId the prepayment line's id
 */
public record PrepaymentLineExt(@Varchar(value = 32, required = true) String extKey,
		@Varchar(value = 32, required = true) String extValue,
		@Varchar(value = 32, required = true) String prepaymentCmId) {
}
