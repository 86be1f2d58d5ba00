package com.qincebridge.alert;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import okhttp3.OkHttpClient;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Posts an alert to every configured webhook, in the calling thread: each is tried up to
 * {@code attempts} times with a doubling wait; one that still fails is logged (by its
 * kind, never its address) and given up. Nothing is thrown to the caller, so an alert
 * never fails a run. Every secret the product knows is blanked out of the message first.
 */
@Component
@EnableConfigurationProperties(AlertProperties.class)
class AlertSender {

	private static final Logger logger = LoggerFactory.getLogger(AlertSender.class);

	private static final List<String> SECRETS = List.of("bridge.qince.openid", "bridge.qince.appkey",
			"bridge.qince.push-secret", "bridge.erp.app-key", "bridge.alerts.dingtalk-secret",
			"spring.datasource.password");

	private final AlertProperties properties;

	private final List<AlertWebhook> webhooks;

	private final List<String> secrets;

	private final OkHttpClient http = new OkHttpClient.Builder().connectTimeout(Duration.ofSeconds(5))
		.readTimeout(Duration.ofSeconds(10))
		.callTimeout(Duration.ofSeconds(15))
		.build();

	AlertSender(AlertProperties properties, Environment environment, Clock clock) {
		this.properties = properties;
		this.webhooks = webhooks(properties, clock);
		this.secrets = SECRETS.stream()
			.map(environment::getProperty)
			.filter((value) -> value != null && value.length() >= 4)
			.toList();
	}

	private static List<AlertWebhook> webhooks(AlertProperties properties, Clock clock) {
		List<AlertWebhook> webhooks = new ArrayList<>();
		if (AlertProperties.present(properties.wecomUrl())) {
			webhooks.add(new AlertWebhook.WeCom(properties.wecomUrl().strip()));
		}
		if (AlertProperties.present(properties.dingtalkUrl())) {
			if (AlertProperties.present(properties.dingtalkSecret())) {
				webhooks.add(new AlertWebhook.DingTalk(properties.dingtalkUrl().strip(),
						properties.dingtalkSecret().strip(), clock));
			}
			else {
				logger.error("bridge.alerts.dingtalk-url is set without bridge.alerts.dingtalk-secret "
						+ "(environment variable BRIDGE_ALERTS_DINGTALK_SECRET), the robot's signing secret (加签): "
						+ "no alert goes to DingTalk");
			}
		}
		if (AlertProperties.present(properties.webhookUrl())) {
			webhooks.add(new AlertWebhook.Generic(properties.webhookUrl().strip()));
		}
		return List.copyOf(webhooks);
	}

	boolean configured() {
		return !this.webhooks.isEmpty();
	}

	/** Send the alert to every webhook; returns how many took it. */
	int send(Alert alert) {
		Alert clean = redact(alert);
		int delivered = 0;
		for (AlertWebhook webhook : this.webhooks) {
			if (deliver(webhook, clean)) {
				delivered++;
			}
		}
		return delivered;
	}

	private boolean deliver(AlertWebhook webhook, Alert alert) {
		Duration wait = this.properties.backoff();
		String problem = "";
		for (int attempt = 1; attempt <= Math.max(1, this.properties.attempts()); attempt++) {
			try (Response response = this.http.newCall(webhook.request(alert)).execute()) {
				ResponseBody body = response.body();
				String text = (body != null) ? body.string() : "";
				if (response.isSuccessful() && webhook.accepted(text)) {
					logger.info("Alert \"{}\" sent to the {}", alert.title(), webhook.name());
					return true;
				}
				problem = "HTTP " + response.code() + " " + abbreviate(text);
			}
			catch (IOException | RuntimeException ex) {
				problem = ex.getClass().getSimpleName() + ": " + ex.getMessage();
			}
			if (attempt < this.properties.attempts()) {
				logger.warn("Alert to the {} failed (try {} of {}): {}; trying again in {}", webhook.name(), attempt,
						this.properties.attempts(), problem, wait);
				sleep(wait);
				wait = wait.multipliedBy(2);
			}
		}
		logger.error("Alert \"{}\" not delivered to the {} after {} tries: {}", alert.title(), webhook.name(),
				this.properties.attempts(), problem);
		return false;
	}

	private Alert redact(Alert alert) {
		Map<String, Long> counts = alert.counts();
		return new Alert(alert.event(), alert.job(), alert.tradeMonth(), alert.executionId(), counts,
				redact(alert.reason()), alert.link());
	}

	String redact(String text) {
		String clean = text;
		for (String secret : this.secrets) {
			clean = clean.replace(secret, "***");
		}
		return clean;
	}

	private static String abbreviate(String text) {
		String line = text.lines().collect(Collectors.joining(" "));
		return (line.length() > 200) ? line.substring(0, 200) + "…" : line;
	}

	private static void sleep(Duration wait) {
		try {
			Thread.sleep(wait.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
