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

	/**
	 * The sentence from a failure stored as text: the first line of a failed execution's
	 * exit description (the product puts {@link #describe(Throwable)}'s sentence there);
	 * for an execution of an older version, whose description starts with the stack
	 * trace, the message of the deepest {@code Caused by} line that survived the cut.
	 */
	public static String describeTrace(@Nullable String description) {
		if (description == null || description.isBlank()) {
			return "no reason given";
		}
		String first = description.lines().findFirst().orElse("");
		if (!isThrowableLine(first)) {
			return first;
		}
		String reason = first.substring(first.indexOf(": ") + 2);
		for (String line : description.lines().toList()) {
			if (line.startsWith("Caused by: ") && isThrowableLine(line.substring(11))) {
				reason = line.substring(line.indexOf(": ", 11) + 2);
			}
		}
		return reason;
	}

	private static boolean isThrowableLine(String line) {
		int colon = line.indexOf(": ");
		if (colon <= 0) {
			return false;
		}
		try {
			return Throwable.class
				.isAssignableFrom(Class.forName(line.substring(0, colon), false, Failures.class.getClassLoader()));
		}
		catch (ClassNotFoundException | LinkageError ex) {
			return false;
		}
	}

}
