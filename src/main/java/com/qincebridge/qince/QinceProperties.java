package com.qincebridge.qince;

import java.time.Clock;
import java.time.Duration;

import com.qincebridge.http.MissingSettingException;
import com.qincebridge.http.ApiLimits;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The {@code bridge.qince.*} settings: the tenant's OpenAPI address and credentials, the
 * push secret, and how hard to push the API.
 *
 * @param baseUrl the tenant's OpenAPI地址, such as {@code https://openapi.waiqin365.com};
 * per tenant, so never defaulted
 * @param openid the tenant's openid; a secret
 * @param appkey the tenant's appkey; a secret
 * @param pushSecret the secret Qince signs its pushes with; a secret
 */
@ConfigurationProperties("bridge.qince")
public record QinceProperties(@Nullable String baseUrl, @Nullable String openid, @Nullable String appkey,
		@Nullable String pushSecret, @DefaultValue("10s") Duration connectTimeout,
		@DefaultValue("60s") Duration readTimeout, @DefaultValue("4") int maxConcurrency,
		@DefaultValue("5") double requestsPerSecond, @DefaultValue("4") int maxAttempts,
		@DefaultValue("500ms") Duration initialBackoff, @DefaultValue("30s") Duration maxBackoff) {

	/**
	 * The client these settings describe; fails when the address or a credential is
	 * missing.
	 */
	public QinceClient newClient(Clock clock) {
		return new QinceClient(
				MissingSettingException.require(this.baseUrl, "bridge.qince.base-url", "BRIDGE_QINCE_BASE_URL"),
				MissingSettingException.require(this.openid, "bridge.qince.openid", "BRIDGE_QINCE_OPENID"),
				MissingSettingException.require(this.appkey, "bridge.qince.appkey", "BRIDGE_QINCE_APPKEY"), limits(),
				clock);
	}

	/** The verifier of Qince's pushes; fails when the push secret is missing. */
	public QincePushVerifier newPushVerifier() {
		return new QincePushVerifier(MissingSettingException.require(this.pushSecret, "bridge.qince.push-secret",
				"BRIDGE_QINCE_PUSH_SECRET"));
	}

	public ApiLimits limits() {
		return new ApiLimits(this.connectTimeout, this.readTimeout, this.maxConcurrency, this.requestsPerSecond,
				this.maxAttempts, this.initialBackoff, this.maxBackoff);
	}

}
