package com.qincebridge.console;

/**
 * A console setting that cannot be used; {@code serve} does not start with it. The
 * message names the setting and never contains its value.
 */
final class ConsoleSettingException extends RuntimeException {

	private final String setting;

	ConsoleSettingException(String setting, String message) {
		super(setting + ": " + message);
		this.setting = setting;
	}

	String setting() {
		return this.setting;
	}

}
