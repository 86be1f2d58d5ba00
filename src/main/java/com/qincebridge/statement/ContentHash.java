package com.qincebridge.statement;

import com.qincebridge.support.Sha256;
import com.qincebridge.http.ApiJson;

/**
 * The fingerprint of a request's content, stored in the statement ledger to tell whether
 * a rebuilt statement differs from the one Qince last accepted.
 * <p>
 * It is the lowercase hex SHA-256 (64 characters) of the request serialized by
 * {@link ApiJson#mapper()}, the very text the Qince client sends: fields in record
 * component order, null fields left out. Equal content gives an equal hash on every run
 * and JVM; any change of a sent value (an amount, a line, a date, their order) gives a
 * different one. Values are hashed as the text they are sent as, so an amount changing
 * only beyond the second decimal changes nothing sent and nothing here.
 */
public final class ContentHash {

	private ContentHash() {
	}

	/**
	 * The hash of a request.
	 * @param request a request record, such as a {@code GoodsStatement}
	 * @return 64 lowercase hex digits
	 */
	public static String of(Object request) {
		return Sha256.hex(ApiJson.mapper().writeValueAsString(request));
	}

}
