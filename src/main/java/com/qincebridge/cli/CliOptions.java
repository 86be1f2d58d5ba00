package com.qincebridge.cli;

import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.ApplicationArguments;

/**
 * Reading a command's own options. Options with a dot ({@code --bridge.erp.app-key=…}) or
 * Spring's own are settings, not the command's, and are left alone.
 */
public final class CliOptions {

	private CliOptions() {
	}

	/** The option's single value, or null when absent. */
	static @Nullable String value(ApplicationArguments args, String name) {
		List<String> values = args.getOptionValues(name);
		return (values == null || values.isEmpty()) ? null : values.get(values.size() - 1);
	}

	/** The first option that is neither the command's nor a setting, or null. */
	public static @Nullable String unknown(ApplicationArguments args, Set<String> known) {
		return args.getOptionNames()
			.stream()
			.filter((name) -> !known.contains(name) && !name.contains(".") && !name.startsWith("spring"))
			.sorted()
			.findFirst()
			.orElse(null);
	}

}
