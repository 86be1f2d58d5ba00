package com.qincebridge.erp;

import java.util.function.Function;

import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.qincebridge.http.ApiCallPolicy;
import com.qincebridge.http.ApiContractException;
import com.qincebridge.http.ApiException;
import com.qincebridge.http.ApiLimits;
import com.qincebridge.http.ApiRejectedException;
import com.qincebridge.http.JsonPost;
import com.qincebridge.http.TransientApiException;

/**
 * The zhixdl open API: one POST endpoint whose {@code business_type} and {@code method}
 * select the operation. Every call runs under this client's {@link ApiCallPolicy}:
 * transport failures, timeouts, HTTP 5xx and 429, and 2xx answers that are not zhixdl's
 * envelope (an HTML page from a gateway, a body cut short) are retried with backoff and
 * then thrown as a {@link TransientApiException}; a refusal
 * ({@link ApiRejectedException}, such as status 00001 for a bad app key), an envelope
 * whose data breaks the contract ({@link ApiContractException}) and any other HTTP status
 * are thrown at once. The app key is sent only in request bodies, which are never logged,
 * and is blanked out of answer text this client quotes in exceptions (the shared
 * {@link JsonPost} quotes the start of a non-2xx answer as it came).
 * <p>
 * Safe for use by many threads at once; the limits hold across all of them.
 */
public final class ErpClient implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(ErpClient.class);

	static final String PATH = "/open/company-customize-service/query";

	static final String CONTENT_TYPE = "application/json; charset=UTF-8";

	private final HttpUrl url;

	private final String appKey;

	private final OkHttpClient httpClient;

	private final JsonPost post;

	private final ApiCallPolicy policy;

	private final ErpEnvelope envelope;

	/**
	 * A client for one ERP tenant.
	 * @param baseUrl the http(s) address the API lives under, such as
	 * {@code https://www.zhixdl.com}; the full documented address, ending in
	 * {@code /open/company-customize-service/query}, is accepted too
	 * @param appKey the key the provider issued (the caller's IP must be whitelisted too)
	 * @param limits timeouts, concurrency, rate and retries, shared by all calls of this
	 * client
	 * @throws IllegalArgumentException when the base URL is not http(s), carries a query,
	 * fragment or user, or the app key is blank
	 */
	public ErpClient(String baseUrl, String appKey, ApiLimits limits) {
		this.url = ErpUrls.endpoint(baseUrl);
		if (appKey.isBlank()) {
			throw new IllegalArgumentException("appKey must not be blank");
		}
		this.appKey = appKey;
		this.httpClient = JsonPost.newHttpClient(limits);
		this.post = new JsonPost(this.httpClient, CONTENT_TYPE, appKey);
		this.policy = new ApiCallPolicy("zhixdl", limits);
		this.envelope = new ErpEnvelope(appKey);
	}

	/**
	 * Read one page of any document type, lines seen as {@link ErpLine}.
	 * @throws ApiException as described on the class
	 */
	public ErpPage<ErpLine> query(ErpBusinessType type, ErpQuery query) {
		return query(type, ErpLine.class, query);
	}

	/** Read one page of receivables (应收单). */
	public ErpPage<Receivable> queryReceivables(ErpQuery query) {
		return query(ErpBusinessType.FB_RECEIVABLE, Receivable.class, query);
	}

	/** Read one page of receipts (收款单). */
	public ErpPage<Receipt> queryReceipts(ErpQuery query) {
		return query(ErpBusinessType.FB_RECEIVE, Receipt.class, query);
	}

	/** Read one page of payables (应付单). */
	public ErpPage<Payable> queryPayables(ErpQuery query) {
		return query(ErpBusinessType.FB_PAYABLE, Payable.class, query);
	}

	/** Read one page of payments (付款单). */
	public ErpPage<Payment> queryPayments(ErpQuery query) {
		return query(ErpBusinessType.FB_PAYMENT, Payment.class, query);
	}

	/**
	 * Set the voucher number of one document ({@code update_voucher_no}). The call sets a
	 * field to a value, so it is retried after transport failures like any other, and a
	 * caller may repeat a call whose outcome it does not know. Returns only when the ERP
	 * answered {@code data.result == "success"}.
	 * @param orderId the document id, sent under {@link ErpBusinessType#orderIdField()}
	 * @throws ApiRejectedException when the ERP refused, naming the order id when the
	 * refusal is about it
	 */
	public void updateVoucherNo(ErpBusinessType type, String orderId, String voucherNo) {
		update(type, "update_voucher_no", type.orderIdField(), orderId, "voucher_no", voucherNo);
	}

	/**
	 * Set the third-party id of one detail line ({@code update_third_id}). The call sets
	 * a field to a value, so it is retried after transport failures like any other, and a
	 * caller may repeat a call whose outcome it does not know. Returns only when the ERP
	 * answered {@code data.result == "success"}.
	 * @param detailId the detail line id, sent under
	 * {@link ErpBusinessType#detailIdField()}
	 * @throws ApiRejectedException when the ERP refused, naming the detail id when the
	 * refusal is about it
	 */
	public void updateThirdId(ErpBusinessType type, String detailId, String thirdId) {
		update(type, "update_third_id", type.detailIdField(), detailId, "third_id", thirdId);
	}

	/** Releases the connection pool and threads; the client must not be used after. */
	@Override
	public void close() {
		this.httpClient.dispatcher().executorService().shutdown();
		this.httpClient.connectionPool().evictAll();
	}

	private <T extends ErpLine> ErpPage<T> query(ErpBusinessType type, Class<T> lineType, ErpQuery query) {
		String endpoint = endpoint(type, "query");
		ErpPage<T> page = send(endpoint, ErpRequests.query(this.appKey, type, query),
				(answer) -> ErpPageReader.read(endpoint, type, lineType, answer, this.envelope.open(endpoint, answer),
						(query.page() != null) ? query.page() : 1));
		if (logger.isDebugEnabled()) {
			long unreadable = page.rows().stream().filter((row) -> !row.isValid()).count();
			logger.debug("{} {} page {}/{}: {} rows, {} unreadable", endpoint, query.companyCode(), page.current(),
					page.totalPages(), page.rows().size(), unreadable);
		}
		return page;
	}

	private void update(ErpBusinessType type, String method, String idField, String id, String valueField,
			String value) {
		if (id.isBlank() || value.isBlank()) {
			throw new IllegalArgumentException(method + " needs a non-blank " + idField + " and " + valueField + ": \""
					+ id + "\", \"" + value + "\"");
		}
		String endpoint = endpoint(type, method);
		send(endpoint, ErpRequests.update(this.appKey, type, method, idField, id, valueField, value), (answer) -> {
			this.envelope.requireUpdated(endpoint, answer, idField + " " + id);
			return answer;
		});
		logger.debug("{}: {} {} set to {}", endpoint, idField, id, value);
	}

	/**
	 * One call under the policy; the answer is read inside each try, so that an answer
	 * that is not zhixdl's envelope is tried again like a 5xx.
	 */
	private <T> T send(String endpoint, String body, Function<String, T> read) {
		return this.policy.call(() -> read.apply(this.post.execute(endpoint, this.url, this.url.toString(), body)));
	}

	private static String endpoint(ErpBusinessType type, String method) {
		return "zhixdl " + type.name() + " " + method;
	}

}
