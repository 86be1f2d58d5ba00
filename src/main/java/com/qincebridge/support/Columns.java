package com.qincebridge.support;

import org.jspecify.annotations.Nullable;

/**
 * Fitting free text (reasons, names) into the columns of our tables.
 */
public final class Columns {

	private Columns() {
	}

	/**
	 * The text, cut to {@code max} characters with an ellipsis when longer; null stays
	 * null.
	 */
	public static @Nullable String fit(@Nullable String text, int max) {
		return (text == null || text.length() <= max) ? text : text.substring(0, max - 1) + "…";
	}

}
