package com.qincebridge.alert;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code bridge.alerts.*}: where alerts go. Each webhook is optional; none set, no alert.
 *
 * @param wecomUrl a WeCom (企业微信) group robot's webhook address
 * @param dingtalkUrl a DingTalk (钉钉) robot's webhook address (with its access_token)
 * @param dingtalkSecret the DingTalk robot's signing secret (加签), SEC…
 * @param webhookUrl a generic webhook receiving the alert as JSON
 * @param attempts tries per webhook before the alert is given up (logged)
 * @param backoff wait before the second try, doubled for each further one
 * @param pushDigestFailures how many pushes in a row failing their digest raise an alert
 */
@ConfigurationProperties("bridge.alerts")
record AlertProperties(@Nullable String wecomUrl, @Nullable String dingtalkUrl, @Nullable String dingtalkSecret,
		@Nullable String webhookUrl, @DefaultValue("3") int attempts, @DefaultValue("2s") Duration backoff,
		@DefaultValue("5") int pushDigestFailures) {

	boolean anyWebhook() {
		return present(this.wecomUrl) || present(this.dingtalkUrl) || present(this.webhookUrl);
	}

	static boolean present(@Nullable String value) {
		return value != null && !value.isBlank();
	}

}
