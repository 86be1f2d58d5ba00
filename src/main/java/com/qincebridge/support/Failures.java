package com.qincebridge.support;

import com.qincebridge.http.MissingSettingException;

import java.util.Objects;

import com.qincebridge.http.ApiException;
import org.jspecify.annotations.Nullable;

/**
 * The sentence that tells an operator why something failed.
 */
public final class Failures {

	private Failures() {
	}

	/**
	 * The most telling message of a failure: an API's, a setting's or a bad value's, else
	 * the deepest one (the container's and Spring Batch's wrappers say little).
	 */
	public static String describe(@Nullable Throwable failure) {
		String message = null;
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof ApiException || cause instanceof MissingSettingException
					|| cause instanceof IllegalArgumentException || cause instanceof IllegalStateException) {
				if (cause.getMessage() != null) {
					return cause.getMessage();
				}
			}
			if (cause.getMessage() != null) {
				message = cause.getMessage();
			}
		}
		return Objects.requireNonNullElse(message, "no reason given");
	}

}
