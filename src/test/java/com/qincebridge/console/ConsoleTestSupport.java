package com.qincebridge.console;

/**
 * The console users of the console tests: {@code viewer} (VIEWER) and {@code operator}
 * (OPERATOR), their password given to the product encoded, as an operator would.
 */
final class ConsoleTestSupport {

	static final String VIEWER = "viewer";

	static final String OPERATOR = "operator";

	static final String PASSWORD = "s3cret-Pass";

	/** {@link #PASSWORD} as {@code hash-password} prints it. */
	static final String ENCODED = "{bcrypt}$2a$10$Glv8jr9MZsLccnMpIpFATOWoyihBnrgrLFoHHwB7aVl0SPswldtWa";

	/** The settings of both users, for a test's properties. */
	static final String USERS = "bridge.console.users.viewer.password=" + ENCODED + "\n"
			+ "bridge.console.users.viewer.role=VIEWER\n" + "bridge.console.users.operator.password=" + ENCODED + "\n"
			+ "bridge.console.users.operator.role=OPERATOR";

	private ConsoleTestSupport() {
	}

}
