package com.qincebridge.http;

import java.util.Optional;

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
	 * The missing setting behind a failure, if one is: beans built from settings on first
	 * use fail wrapped in the container's exceptions.
	 */
	public static Optional<MissingSettingException> causing(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof MissingSettingException missing) {
				return Optional.of(missing);
			}
		}
		return Optional.empty();
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
