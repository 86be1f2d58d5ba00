package com.qincebridge.console;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * Tells at start, on stdout, whether the console is served and to whom, or that it is off
 * because no user is configured.
 */
@Component
@ConditionalOnWebApplication
class ConsoleStartMessage implements ApplicationListener<WebServerInitializedEvent> {

	private final ConsoleUsers users;

	ConsoleStartMessage(ConsoleUsers users) {
		this.users = users;
	}

	@Override
	public void onApplicationEvent(WebServerInitializedEvent event) {
		if (event.getApplicationContext().getServerNamespace() != null) {
			return;
		}
		int port = event.getWebServer().getPort();
		if (this.users.isEmpty()) {
			System.out.println("Console off: no user configured (bridge.console.users.<name>.password and .role); "
					+ "the push receiver and /actuator/health still answer.");
			return;
		}
		System.out.printf("Console at http://localhost:%d/ for %s (login required; Prometheus with the same users).%n",
				port, String.join(", ", this.users.names()));
	}

}
