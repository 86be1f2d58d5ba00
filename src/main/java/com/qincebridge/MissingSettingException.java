package com.qincebridge;

import org.jspecify.annotations.Nullable;

/**
 * A setting a command needs is not set or not valid. The message names the setting and
 * its environment variable, never the value, which may be a secret.
 */
public class MissingSettingException extends RuntimeException {

	public MissingSettingException(String message) {
		super(message);
	}

	/**
	 * The value of a required setting, stripped.
	 * @param value the bound value
	 * @param property the property's name, such as {@code bridge.erp.app-key}
	 * @param variable its environment variable, such as {@code BRIDGE_ERP_APP_KEY}
	 * @throws MissingSettingException when the value is null or blank
	 */
	public static String require(@Nullable String value, String property, String variable) {
		if (value == null || value.isBlank()) {
			throw new MissingSettingException(property + " is not set (environment variable " + variable + ")");
		}
		return value.strip();
	}

}
