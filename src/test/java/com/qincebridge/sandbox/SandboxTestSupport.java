package com.qincebridge.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import com.qincebridge.erp.ErpClient;
import com.qincebridge.http.ApiJson;
import com.qincebridge.http.ApiLimits;
import com.qincebridge.qince.QinceClient;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the sandbox tests share: raw HTTP calls (to see the wire exactly as a client
 * would), signed Qince calls, ERP request bodies, and the product's clients pointed at a
 * sandbox with fast limits.
 */
public final class SandboxTestSupport {

	static final MediaType JSON = MediaType.get("application/json; charset=UTF-8");

	private static final OkHttpClient HTTP = new OkHttpClient.Builder().readTimeout(Duration.ofSeconds(10)).build();

	private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

	private SandboxTestSupport() {
	}

	/** Fast limits: short timeouts, many calls, tiny backoff. */
	public static ApiLimits limits(int maxAttempts) {
		return new ApiLimits(Duration.ofSeconds(2), Duration.ofSeconds(2), 8, 10_000, maxAttempts, Duration.ofMillis(1),
				Duration.ofMillis(5));
	}

	static ErpClient erpClient(Sandbox sandbox) {
		return erpClient(sandbox, limits(1));
	}

	static ErpClient erpClient(Sandbox sandbox, ApiLimits limits) {
		return new ErpClient(sandbox.erpBaseUrl(), sandbox.erp().appKey(), limits);
	}

	static QinceClient qinceClient(Sandbox sandbox) {
		return qinceClient(sandbox, limits(1));
	}

	static QinceClient qinceClient(Sandbox sandbox, ApiLimits limits) {
		SandboxCredentials credentials = sandbox.qince().credentials();
		return new QinceClient(sandbox.qinceBaseUrl(), credentials.qinceOpenid(), credentials.qinceAppkey(), limits,
				sandbox.settings().clock());
	}

	/**
	 * A zhixdl request body: {app_key, version, method, business_type, business_params}.
	 */
	static ObjectNode erpRequest(Sandbox sandbox, String method, String businessType, ObjectNode params) {
		ObjectNode body = ApiJson.mapper().createObjectNode();
		body.put("app_key", sandbox.erp().appKey());
		body.put("version", "100");
		body.put("method", method);
		body.put("business_type", businessType);
		body.set("business_params", params);
		return body;
	}

	static ObjectNode object() {
		return ApiJson.mapper().createObjectNode();
	}

	/** POST a body to the zhixdl endpoint; the answer as a tree. */
	static JsonNode postErp(Sandbox sandbox, JsonNode body) {
		return ApiJson.mapper().readTree(post(sandbox.erpBaseUrl() + ErpProtocol.PATH, body.toString()).body());
	}

	/**
	 * POST a correctly signed body to a Qince operation, timestamped now by the sandbox
	 * clock.
	 */
	static HttpAnswer postQince(Sandbox sandbox, String module, String operation, String body) {
		String timestamp = timestamp(sandbox);
		SandboxCredentials credentials = sandbox.qince().credentials();
		String digest = QinceSignature.digest(body, credentials.qinceAppkey(), timestamp);
		return postQince(sandbox, module, operation, credentials.qinceOpenid(), timestamp, digest, body);
	}

	/** Now by the sandbox's clock, as a Qince timestamp. */
	static String timestamp(Sandbox sandbox) {
		return LocalDateTime.ofInstant(sandbox.settings().clock().instant(), ShanghaiTime.ZONE).format(TIMESTAMP);
	}

	static HttpAnswer postQince(Sandbox sandbox, String module, String operation, String openid, String timestamp,
			String digest, String body) {
		String msgId = UUID.randomUUID().toString().replace("-", "");
		return post(sandbox.qinceBaseUrl() + "/api/" + module + "/v1/" + operation + "/" + openid + "/" + timestamp
				+ "/" + digest + "/" + msgId, body);
	}

	static HttpAnswer post(String url, String body) {
		Request request = new Request.Builder().url(url).post(RequestBody.create(body, JSON)).build();
		return call(request);
	}

	public static HttpAnswer get(String url) {
		return call(new Request.Builder().url(url).get().build());
	}

	private static HttpAnswer call(Request request) {
		try (Response response = HTTP.newCall(request).execute()) {
			return new HttpAnswer(response.code(), response.body().string());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** An HTTP answer: status and body. */
	public record HttpAnswer(int status, String body) {

		JsonNode json() {
			return ApiJson.mapper().readTree(this.body);
		}

		/** response_data, parsed out of its string. */
		JsonNode data() {
			return ApiJson.mapper().readTree(json().get("response_data").stringValue());
		}

	}

}
