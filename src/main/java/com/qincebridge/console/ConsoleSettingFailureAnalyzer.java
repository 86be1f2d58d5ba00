package com.qincebridge.console;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a console setting that cannot be used into Spring Boot's "APPLICATION FAILED TO
 * START" message with what to do, instead of a stack trace.
 */
class ConsoleSettingFailureAnalyzer extends AbstractFailureAnalyzer<ConsoleSettingException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, ConsoleSettingException cause) {
		return new FailureAnalysis(cause.getMessage(), "Set " + cause.setting()
				+ " to an encoded password such as {bcrypt}$2a$10$... "
				+ "(make one with: java -jar qince-bridge.jar hash-password) and the role to VIEWER or OPERATOR.",
				cause);
	}

}
