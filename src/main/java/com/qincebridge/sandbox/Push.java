package com.qincebridge.sandbox;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A push from Qince to a receiver: the form fields of the documents' "推送接口格式规范". The
 * simulator fills the timestamp (epoch milliseconds, now) and the digest
 * ({@code md5(data|pushsecret|timestamp)}) when they are null, and the tenantId always.
 *
 * @param msgId msgId, fresh by default; give a used one to replay a push
 * @param dataId dataId
 * @param dataVersion dataVersion, 001
 * @param dataFormat dataFormat, json
 * @param dataSource dataSource: biz or api
 * @param timestamp timestamp in epoch milliseconds, or null for now
 * @param status 0 first sync, 2 retry of a failed one
 * @param statusTime the last failure, yyyy-MM-dd HH:mm:ss, or empty
 * @param dataType such as ksf_statement, ksf_expense, cuxiao_verify_display,
 * cuxiao_prepayment_delete
 * @param data the JSON data, signed exactly as given
 * @param digest the digest to send, or null to sign correctly
 */
public record Push(String msgId, String dataId, String dataVersion, String dataFormat, String dataSource,
		@Nullable String timestamp, String status, String statusTime, String dataType, String data,
		@Nullable String digest) {

	/** A first delivery (status 0) of some data, from a business function. */
	public static Push of(String dataType, String data) {
		String msgId = UUID.randomUUID().toString().replace("-", "");
		return new Push(msgId, msgId, "001", "json", "biz", null, "0", "", dataType, data, null);
	}

	/**
	 * A request to re-sync statements (ksf_statement) or expense statements (ksf_expense)
	 * of some customers over some dates, yyyy-MM-dd.
	 */
	public static Push statementResync(StatementKind kind, String customerCodes, String startDate, String endDate) {
		String data = Json.write(Json.object()
			.put("customer_code", customerCodes)
			.put("start_date", startDate)
			.put("end_date", endDate));
		return of((kind == StatementKind.GOODS) ? "ksf_statement" : "ksf_expense", data);
	}

	public Push withMsgId(String msgId) {
		return new Push(msgId, this.dataId, this.dataVersion, this.dataFormat, this.dataSource, this.timestamp,
				this.status, this.statusTime, this.dataType, this.data, this.digest);
	}

	/** A retry of a failed delivery: status 2 with the time of the failure. */
	public Push asRetry(String statusTime) {
		return new Push(this.msgId, this.dataId, this.dataVersion, this.dataFormat, this.dataSource, this.timestamp,
				"2", statusTime, this.dataType, this.data, this.digest);
	}

	public Push withTimestamp(String timestamp) {
		return new Push(this.msgId, this.dataId, this.dataVersion, this.dataFormat, this.dataSource, timestamp,
				this.status, this.statusTime, this.dataType, this.data, this.digest);
	}

	/** This push with a given digest, such as a wrong one. */
	public Push withDigest(String digest) {
		return new Push(this.msgId, this.dataId, this.dataVersion, this.dataFormat, this.dataSource, this.timestamp,
				this.status, this.statusTime, this.dataType, this.data, digest);
	}

}
