package com.qincebridge.qince;

import java.time.Clock;
import java.util.List;

import com.qincebridge.http.ApiCallPolicy;
import com.qincebridge.http.ApiContractException;
import com.qincebridge.http.ApiJson;
import com.qincebridge.http.ApiLimits;
import com.qincebridge.http.ApiNotEnvelopeException;
import com.qincebridge.http.ApiRejectedException;
import com.qincebridge.http.ApiTransportException;
import com.qincebridge.http.FieldLimits;
import com.qincebridge.http.InvalidRequestException;
import okhttp3.HttpUrl;

/**
 * The Qince (勤策) OpenAPI of one tenant: statements, the customers that have them, and
 * promotion prepayments. Thread-safe; make one per tenant and share it, since its
 * {@link ApiLimits} hold across all threads that use it.
 * <p>
 * What every call does, and callers can rely on:
 * <ul>
 * <li>The request is checked against the field limits of the API's tables first; a
 * violation is an {@link InvalidRequestException} naming the field's JSON path, and
 * nothing is sent.</li>
 * <li>The body is serialized once (null fields left out) and that exact text is signed
 * and sent on every try. Each try has its own timestamp (Asia/Shanghai), msg_id and
 * digest; I/O failures, timeouts, 5xx and 429 are tried again as {@link ApiCallPolicy}
 * describes.</li>
 * <li>A return_code other than 0 is an {@link ApiRejectedException} with Qince's code and
 * message, never retried. A 2xx answer that is not a Qince envelope (an HTML page from a
 * gateway, a body cut short, an empty body, JSON without return_code) is tried again like
 * a 5xx and, when the tries run out, thrown as an {@link ApiNotEnvelopeException}. An
 * envelope whose data has the wrong shape is an {@link ApiContractException}.</li>
 * <li>An {@link ApiTransportException} or an {@link ApiNotEnvelopeException} on a save
 * means the outcome is unknown: Qince may have stored it.</li>
 * <li>The openid, the appkey and the digests never appear in logs or exception
 * messages.</li>
 * </ul>
 * Queries return one page: an empty list when Qince has no (more) rows.
 */
public final class QinceClient {

	private final QinceCall call;

	/**
	 * @param baseUrl the tenant's OpenAPI address (OpenAPI地址), such as
	 * {@code https://openapi.waiqin365.com}, optionally with a path prefix
	 * @param openid the tenant's openid
	 * @param appkey the tenant's appkey, which signs every call
	 * @param limits timeouts, concurrency, rate and retries
	 * @param clock the source of the request timestamps
	 * @throws IllegalArgumentException if the base URL is not an http(s) URL without
	 * query and fragment, or the openid or the appkey is blank
	 */
	public QinceClient(String baseUrl, String openid, String appkey, ApiLimits limits, Clock clock) {
		HttpUrl base = HttpUrl.parse(baseUrl);
		if (base == null || base.query() != null || base.fragment() != null) {
			throw new IllegalArgumentException("baseUrl must be an http(s) URL without query or fragment: " + baseUrl);
		}
		if (!base.username().isEmpty() || !base.password().isEmpty()) {
			throw new IllegalArgumentException("baseUrl must not carry credentials: " + base.redact());
		}
		if (openid.isBlank() || appkey.isBlank()) {
			throw new IllegalArgumentException("openid and appkey must not be blank");
		}
		this.call = new QinceCall(base, openid, appkey, limits, clock);
	}

	/**
	 * Send a goods-payment statement: saveStatement. What Qince does with a statement
	 * number it already has is undocumented; the caller's ledger decides what to send.
	 */
	public QinceAck saveStatement(GoodsStatement statement) {
		return save(QinceEndpoint.SAVE_STATEMENT, statement);
	}

	/** Log why a customer's goods-payment statement failed: saveStatementError. */
	public QinceAck saveStatementError(StatementErrorLog error) {
		return save(QinceEndpoint.SAVE_STATEMENT_ERROR, error);
	}

	/** One page of a month's goods-payment statements: queryStatement. */
	public List<StatementStatus> queryStatement(StatementQuery query) {
		return query(QinceEndpoint.QUERY_STATEMENT, query, StatementStatus.class);
	}

	/**
	 * Send an expense statement: saveExpense. What Qince does with a statement number it
	 * already has is undocumented.
	 */
	public QinceAck saveExpense(ExpenseStatement statement) {
		return save(QinceEndpoint.SAVE_EXPENSE, statement);
	}

	/** Log why a customer's expense statement failed: saveExpenseError. */
	public QinceAck saveExpenseError(StatementErrorLog error) {
		return save(QinceEndpoint.SAVE_EXPENSE_ERROR, error);
	}

	/** One page of a month's expense statements: queryExpenseStatement. */
	public List<StatementStatus> queryExpenseStatement(StatementQuery query) {
		return query(QinceEndpoint.QUERY_EXPENSE_STATEMENT, query, StatementStatus.class);
	}

	/**
	 * The customers that have statements, of both kinds: getCustomers. Not paged.
	 */
	public List<StatementCustomer> getCustomers() {
		return send(QinceEndpoint.GET_CUSTOMERS, ApiJson.mapper().createObjectNode()).rows(StatementCustomer.class);
	}

	/**
	 * Create a prepayment: addApply or addOnlineCostApply. Qince refuses a code it has
	 * seen, so after an unknown outcome a retry with the same code is refused rather than
	 * doubled; query the code to learn what happened.
	 */
	public QinceAck addPrepayment(PrepaymentVariant variant, PrepaymentApply apply) {
		variant.checkApply(apply);
		return save(variant.add, apply);
	}

	/** Reverse (红冲) a prepayment: reverseApply or reverseOnlineCostApply. */
	public QinceAck reversePrepayment(PrepaymentVariant variant, PrepaymentReversal reversal) {
		return save(variant.reverse, reversal);
	}

	/** One page of prepayments: queryList or queryOnlineCostList. */
	public List<Prepayment> queryPrepayments(PrepaymentVariant variant, PrepaymentQuery query) {
		return query(variant.list, query, Prepayment.class);
	}

	/** One page of prepayment lines: queryDetailList or queryOnlineCostDetailList. */
	public List<PrepaymentDetail> queryPrepaymentDetails(PrepaymentVariant variant, PrepaymentDetailQuery query) {
		variant.checkDetailQuery(query);
		return query(variant.details, query, PrepaymentDetail.class);
	}

	/**
	 * Set custom fields of prepayment lines: extFiledUpdate, of module cuxiaoPrepayment
	 * or cuxiaoOnLineCostPrepayment.
	 */
	public QinceAck updatePrepaymentExtFields(PrepaymentVariant variant, PrepaymentExtUpdate update) {
		variant.checkExtUpdate(update);
		return save(variant.extUpdate, update);
	}

	/** One page of AP/CP prepayment close records: queryEndRecordList. */
	public List<PrepaymentEndRecord> queryPrepaymentEndRecords(PrepaymentEndRecordQuery query) {
		return query(QinceEndpoint.QUERY_END_RECORD_LIST, query, PrepaymentEndRecord.class);
	}

	/** One page of online-cost prepayment close records: queryOnlineCostEndRecordList. */
	public List<OnlineCostEndRecord> queryOnlineCostEndRecords(PrepaymentEndRecordQuery query) {
		return query(QinceEndpoint.QUERY_ONLINE_COST_END_RECORD_LIST, query, OnlineCostEndRecord.class);
	}

	private QinceAck save(QinceEndpoint endpoint, Object request) {
		return send(endpoint, request).ack();
	}

	private <T> List<T> query(QinceEndpoint endpoint, Object request, Class<T> rowType) {
		return send(endpoint, request).rows(rowType);
	}

	private QinceAnswer send(QinceEndpoint endpoint, Object request) {
		FieldLimits.check(endpoint.describe(), request);
		String body = ApiJson.mapper().writeValueAsString(request);
		return this.call.send(endpoint, body);
	}

}
