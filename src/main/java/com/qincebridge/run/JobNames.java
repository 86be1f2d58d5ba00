package com.qincebridge.run;

import java.util.Locale;

/**
 * Job names on the command line and in the application: {@code month-end-close} is the
 * bean {@code monthEndCloseJob}.
 */
public final class JobNames {

	private JobNames() {
	}

	public static String beanName(String commandName) {
		StringBuilder name = new StringBuilder();
		boolean upper = false;
		for (char c : commandName.toCharArray()) {
			if (c == '-') {
				upper = true;
				continue;
			}
			name.append(upper ? Character.toUpperCase(c) : c);
			upper = false;
		}
		return name.append("Job").toString();
	}

	public static String commandName(String beanName) {
		return beanName.replaceAll("Job$", "").replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
	}

}
