package com.qincebridge.push;

import com.qincebridge.qince.QinceProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * When the web server is up ({@code serve}): says whether the push receiver is on, and
 * starts processing the pushes stored, those stored while the process was down included.
 */
@Component
class PushReceiverStart implements ApplicationListener<WebServerInitializedEvent> {

	private static final Logger logger = LoggerFactory.getLogger(PushReceiverStart.class);

	private final QinceProperties qince;

	private final PushProcessor processor;

	PushReceiverStart(QinceProperties qince, PushProcessor processor) {
		this.qince = qince;
		this.processor = processor;
	}

	@Override
	public void onApplicationEvent(WebServerInitializedEvent event) {
		if (!QincePushController.isOn(this.qince)) {
			logger.warn("The push receiver is off: bridge.qince.push-secret (BRIDGE_QINCE_PUSH_SECRET) is not set, "
					+ "so every push is answered {\"return_code\":1}");
		}
		int waiting = this.processor.resumeReceived();
		if (waiting > 0) {
			logger.info("{} stored pushes wait to be processed", waiting);
		}
	}

}
