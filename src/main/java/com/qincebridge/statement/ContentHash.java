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
		return ofJson(ApiJson.mapper().writeValueAsString(request));
	}

	/**
	 * The hash of a request already serialized, equal to {@link #of(Object)} of the
	 * request: the builders serialize a request once, for the ledger and the hash.
	 * @param json the request as {@link ApiJson#mapper()} wrote it
	 * @return 64 lowercase hex digits
	 */
	public static String ofJson(String json) {
		return Sha256.hex(json);
	}

}
