package com.qincebridge.alert;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import tools.jackson.databind.json.JsonMapper;

/**
 * One kind of webhook: how an alert is posted to it, and whether its answer means the
 * alert arrived.
 */
sealed interface AlertWebhook {

	MediaType JSON_TYPE = MediaType.get("application/json; charset=utf-8");

	JsonMapper JSON = JsonMapper.builder().build();

	/** The name the log uses; never the address, which carries a token. */
	String name();

	Request request(Alert alert);

	/**
	 * Whether a 2xx answer's body means the alert was taken: the robots answer
	 * {@code {"errcode":0}}, anything else is a refusal.
	 */
	default boolean accepted(String body) {
		return true;
	}

	/** A WeCom (企业微信) group robot: a markdown message. */
	record WeCom(String url) implements AlertWebhook {

		@Override
		public String name() {
			return "WeCom robot";
		}

		@Override
		public Request request(Alert alert) {
			Map<String, Object> body = Map.of("msgtype", "markdown", "markdown", Map.of("content", alert.markdown()));
			return new Request.Builder().url(this.url)
				.post(RequestBody.create(JSON.writeValueAsString(body), JSON_TYPE))
				.build();
		}

		@Override
		public boolean accepted(String body) {
			return errcodeZero(body);
		}

	}

	/**
	 * A DingTalk (钉钉) robot with signing (加签): {@code timestamp} (epoch ms) and
	 * {@code sign} = URL-encoded Base64 of HmacSHA256(secret, timestamp + "\n" + secret)
	 * are added to the address, as DingTalk's robot documentation describes.
	 */
	record DingTalk(String url, String secret, java.time.Clock clock) implements AlertWebhook {

		@Override
		public String name() {
			return "DingTalk robot";
		}

		@Override
		public Request request(Alert alert) {
			long timestamp = this.clock.millis();
			HttpUrl signed = HttpUrl.get(this.url)
				.newBuilder()
				.addQueryParameter("timestamp", Long.toString(timestamp))
				.addQueryParameter("sign", sign(timestamp, this.secret))
				.build();
			Map<String, Object> body = Map.of("msgtype", "markdown", "markdown",
					Map.of("title", alert.title(), "text", alert.markdown()));
			return new Request.Builder().url(signed)
				.post(RequestBody.create(JSON.writeValueAsString(body), JSON_TYPE))
				.build();
		}

		@Override
		public boolean accepted(String body) {
			return errcodeZero(body);
		}

		/** The Base64 signature (okhttp URL-encodes it as a query parameter). */
		static String sign(long timestamp, String secret) {
			try {
				Mac mac = Mac.getInstance("HmacSHA256");
				mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
				byte[] digest = mac.doFinal((timestamp + "\n" + secret).getBytes(StandardCharsets.UTF_8));
				return Base64.getEncoder().encodeToString(digest);
			}
			catch (java.security.GeneralSecurityException ex) {
				throw new IllegalStateException("HmacSHA256 is not available", ex);
			}
		}

	}

	/** A generic webhook: the alert's fields as JSON, with the Markdown text. */
	record Generic(String url) implements AlertWebhook {

		@Override
		public String name() {
			return "webhook";
		}

		@Override
		public Request request(Alert alert) {
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("event", alert.event().name());
			body.put("title", alert.title());
			body.put("job", alert.job());
			body.put("tradeMonth", alert.tradeMonth());
			body.put("executionId", alert.executionId());
			body.put("counts", alert.counts());
			body.put("reason", alert.reason());
			body.put("link", alert.link());
			body.put("text", alert.markdown());
			return new Request.Builder().url(this.url)
				.post(RequestBody.create(JSON.writeValueAsString(body), JSON_TYPE))
				.build();
		}

	}

	private static boolean errcodeZero(String body) {
		try {
			return JSON.readTree(body).path("errcode").asInt(-1) == 0;
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

}
