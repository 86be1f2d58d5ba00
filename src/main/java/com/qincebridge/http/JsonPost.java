package com.qincebridge.http;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import okhttp3.ConnectionPool;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One try of a JSON POST over okhttp, its failure sorted by kind: I/O and timeouts into
 * {@link ApiTransportException}, 5xx and 429 into {@link ApiUnavailableException}, any
 * other status outside 2xx into {@link ApiHttpStatusException}. Gzip answers are inflated
 * by okhttp. Only the masked URL is ever logged.
 */
public final class JsonPost {

	private static final Logger logger = LoggerFactory.getLogger(JsonPost.class);

	private static final int EXCERPT = 200;

	private final OkHttpClient httpClient;

	private final MediaType contentType;

	private final List<String> secrets;

	/**
	 * @param httpClient the okhttp client, shared by all calls to one API
	 * @param contentType the Content-Type header, sent exactly as given
	 * @param secrets values to blank out of answer excerpts put in errors (an API may
	 * echo them)
	 */
	public JsonPost(OkHttpClient httpClient, String contentType, String... secrets) {
		this.httpClient = httpClient;
		this.contentType = MediaType.get(contentType);
		this.secrets = Arrays.stream(secrets).filter((secret) -> !secret.isEmpty()).toList();
	}

	/** An okhttp client with the timeouts and a connection pool sized for the limits. */
	public static OkHttpClient newHttpClient(ApiLimits limits) {
		return new OkHttpClient.Builder().connectTimeout(limits.connectTimeout())
			.readTimeout(limits.readTimeout())
			.writeTimeout(limits.readTimeout())
			.retryOnConnectionFailure(false)
			.connectionPool(new ConnectionPool(limits.maxConcurrency(), 5, TimeUnit.MINUTES))
			.build();
	}

	/**
	 * Send one POST and return the answer's body.
	 * @param endpoint the endpoint's name for errors and logs
	 * @param url the full URL, secrets included
	 * @param maskedUrl the same URL with its secrets replaced, the only form logged
	 * @param body the exact JSON text to send
	 * @return the body of a 2xx answer, decoded
	 */
	public String execute(String endpoint, HttpUrl url, String maskedUrl, String body) {
		Request request = new Request.Builder().url(url).post(RequestBody.create(body, this.contentType)).build();
		long started = System.nanoTime();
		try (Response response = this.httpClient.newCall(request).execute()) {
			String answer = response.body().string();
			if (logger.isDebugEnabled()) {
				logger.debug("POST {} -> {} in {} ms", maskedUrl, response.code(),
						(System.nanoTime() - started) / 1_000_000);
			}
			int status = response.code();
			if (status == 429 || status >= 500) {
				throw new ApiUnavailableException(endpoint, status, excerpt(redact(answer)));
			}
			if (!response.isSuccessful()) {
				throw new ApiHttpStatusException(endpoint, status, excerpt(redact(answer)));
			}
			return answer;
		}
		catch (IOException ex) {
			logger.debug("POST {} failed: {}", maskedUrl, ex.toString());
			throw new ApiTransportException(endpoint, ex);
		}
	}

	private String redact(String text) {
		String redacted = text;
		for (String secret : this.secrets) {
			redacted = redacted.replace(secret, "***");
		}
		return redacted;
	}

	/** The start of an answer, for error messages. */
	public static String excerpt(String text) {
		String oneLine = text.replaceAll("\\s+", " ").strip();
		return (oneLine.length() <= EXCERPT) ? oneLine : oneLine.substring(0, EXCERPT) + "…";
	}

}
