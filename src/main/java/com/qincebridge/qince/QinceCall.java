package com.qincebridge.qince;

import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import com.qincebridge.http.ApiCallPolicy;
import com.qincebridge.http.ApiContractException;
import com.qincebridge.http.ApiLimits;
import com.qincebridge.http.ApiNotEnvelopeException;
import com.qincebridge.http.ApiRejectedException;
import com.qincebridge.http.JsonPost;
import okhttp3.HttpUrl;

/**
 * Sends one JSON body to one Qince operation under the call policy. Every try gets its
 * own timestamp, msg_id and digest; the body is the same string on every try.
 */
final class QinceCall {

	static final String CONTENT_TYPE = "application/json;charset=UTF-8";

	private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss")
		.withZone(ZoneId.of("Asia/Shanghai"));

	private static final String MASK = "***";

	private final HttpUrl baseUrl;

	private final String openid;

	private final String appkey;

	private final Clock clock;

	private final JsonPost post;

	private final ApiCallPolicy policy;

	QinceCall(HttpUrl baseUrl, String openid, String appkey, ApiLimits limits, Clock clock) {
		this.baseUrl = baseUrl;
		this.openid = openid;
		this.appkey = appkey;
		this.clock = clock;
		this.post = new JsonPost(JsonPost.newHttpClient(limits), CONTENT_TYPE, openid, appkey);
		this.policy = new ApiCallPolicy("qince", limits);
	}

	/**
	 * Send a body, retrying transient failures.
	 * @param endpoint the operation
	 * @param body the exact JSON text, signed and sent as is
	 * @return the accepted answer of the try that succeeded
	 */
	QinceAnswer send(QinceEndpoint endpoint, String body) {
		return this.policy.call(() -> {
			String timestamp = TIMESTAMP.format(this.clock.instant());
			String msgId = UUID.randomUUID().toString().replace("-", "");
			String digest = QinceSigner.digest(body, this.appkey, timestamp);
			HttpUrl url = url(endpoint, this.openid, timestamp, digest, msgId);
			String masked = url(endpoint, MASK, timestamp, MASK, msgId).toString();
			String answer = this.post.execute(endpoint.describe(), url, masked, body);
			return parse(endpoint, msgId, answer);
		});
	}

	/**
	 * Parse an answer; an answer that echoes the openid or the appkey is quoted without
	 * it.
	 */
	private QinceAnswer parse(QinceEndpoint endpoint, String msgId, String answer) {
		try {
			return QinceAnswer.parse(endpoint.describe(), msgId, answer);
		}
		catch (ApiRejectedException ex) {
			if (!leaks(ex.code() + ex.reason())) {
				throw ex;
			}
			throw new ApiRejectedException(ex.endpoint(), redact(ex.code()), redact(ex.reason()));
		}
		catch (ApiContractException ex) {
			String message = String.valueOf(ex.getMessage());
			if (!leaks(message)) {
				throw ex;
			}
			throw new ApiContractException(ex.endpoint(), redact(message.substring(ex.endpoint().length() + 2)), null);
		}
		catch (ApiNotEnvelopeException ex) {
			String message = String.valueOf(ex.getMessage());
			if (!leaks(message)) {
				throw ex;
			}
			throw new ApiNotEnvelopeException(ex.endpoint(), redact(message.substring(ex.endpoint().length() + 2)),
					null);
		}
	}

	private boolean leaks(String text) {
		return text.contains(this.openid) || text.contains(this.appkey);
	}

	private String redact(String text) {
		return text.replace(this.openid, MASK).replace(this.appkey, MASK);
	}

	private HttpUrl url(QinceEndpoint endpoint, String openid, String timestamp, String digest, String msgId) {
		return this.baseUrl.newBuilder()
			.addPathSegment("api")
			.addPathSegment(endpoint.module())
			.addPathSegment("v1")
			.addPathSegment(endpoint.operation())
			.addPathSegment(openid)
			.addPathSegment(timestamp)
			.addPathSegment(digest)
			.addPathSegment(msgId)
			.build();
	}

}
