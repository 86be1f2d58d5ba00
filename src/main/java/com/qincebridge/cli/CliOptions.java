package com.qincebridge.cli;

import java.util.List;
import java.util.Locale;
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

	/**
	 * The option's single value, or null when absent.
	 * @throws IllegalArgumentException when the option is given more than once with
	 * different values
	 */
	static @Nullable String value(ApplicationArguments args, String name) {
		List<String> values = args.getOptionValues(name);
		if (values == null || values.isEmpty()) {
			return null;
		}
		if (values.stream().distinct().count() > 1) {
			throw new IllegalArgumentException("--" + name + " is given twice: " + String.join(", ", values));
		}
		return values.get(0);
	}

	/**
	 * A yes-or-no option: {@code --rerun} and {@code --rerun=true} are yes,
	 * {@code --rerun=false} and no option are no.
	 * @throws IllegalArgumentException for any other value
	 */
	static boolean flag(ApplicationArguments args, String name) {
		List<String> values = args.getOptionValues(name);
		if (values == null) {
			return false;
		}
		if (values.isEmpty()) {
			return true;
		}
		String value = value(args, name);
		return switch ((value != null) ? value.strip().toLowerCase(Locale.ROOT) : "") {
			case "true" -> true;
			case "false" -> false;
			default -> throw new IllegalArgumentException(
					"--" + name + " takes no value, or true or false: \"" + value + "\"");
		};
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

	/**
	 * Say what is wrong with the command line, in one line on stderr.
	 * @return {@link ExitStatus#USAGE}
	 */
	static int usage(Command command, String problem) {
		System.err.println(
				command.commandName() + ": " + problem + " (" + command.commandName() + " --help shows the usage)");
		return ExitStatus.USAGE;
	}

}
