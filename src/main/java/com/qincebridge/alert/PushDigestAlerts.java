package com.qincebridge.alert;

import java.util.Map;

import com.qincebridge.push.PushDigestChecked;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Raises one alert when {@code push-digest-failures} pushes in a row fail their digest (a
 * wrong push secret makes every push fail, and Qince retries them for ten days); a push
 * that verifies ends the run of failures, and the next run raises a new alert.
 */
@Component
class PushDigestAlerts {

	private final AlertSender sender;

	private final int threshold;

	private final String link;

	private int failures;

	PushDigestAlerts(AlertSender sender, AlertProperties properties,
			@Value("${bridge.console.public-url:}") String publicUrl) {
		this.sender = sender;
		this.threshold = Math.max(1, properties.pushDigestFailures());
		this.link = publicUrl.isBlank() ? "" : publicUrl.replaceAll("/+$", "") + "/problems";
	}

	@EventListener
	void checked(PushDigestChecked push) {
		boolean alert;
		synchronized (this) {
			if (push.verified()) {
				this.failures = 0;
				return;
			}
			this.failures++;
			alert = this.failures == this.threshold;
		}
		if (alert && this.sender.configured()) {
			// not in the push's request thread: Qince wants its answer within 5 seconds
			Alert digest = new Alert(Alert.Event.PUSH_DIGEST_FAILING, null, null, null,
					Map.of("pushes failing their digest in a row", (long) this.threshold),
					"the last " + this.threshold + " pushes did not verify (bridge.qince.push-secret differs from "
							+ "Qince's push secret, or someone else posts to /qince/push); they were answered 1",
					this.link.isEmpty() ? null : this.link);
			Thread thread = new Thread(() -> this.sender.send(digest), "push-digest-alert");
			thread.setDaemon(true);
			thread.start();
		}
	}

}
