package com.qincebridge.console;

import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The console users of the console tests: {@code viewer} (VIEWER) and {@code operator}
 * (OPERATOR), their passwords given to the product encoded, as an operator would.
 */
final class ConsoleTestSupport {

	static final String VIEWER = "viewer";

	static final String OPERATOR = "operator";

	static final String PASSWORD = "s3cret-Pass";

	private static final String ENCODED = PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(PASSWORD);

	private ConsoleTestSupport() {
	}

	static void users(DynamicPropertyRegistry registry) {
		registry.add("bridge.console.users.viewer.password", () -> ENCODED);
		registry.add("bridge.console.users.viewer.role", () -> "VIEWER");
		registry.add("bridge.console.users.operator.password", () -> ENCODED);
		registry.add("bridge.console.users.operator.role", () -> "OPERATOR");
	}

}
