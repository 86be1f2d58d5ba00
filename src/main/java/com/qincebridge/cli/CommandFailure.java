package com.qincebridge.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.SQLException;

import com.qincebridge.support.Failures;
import com.qincebridge.http.MissingSettingException;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.core.env.Environment;

/**
 * A command that could not do its work, told in one line on stderr, the cause first, and
 * turned into its exit status: a setting missing or unreadable is 3, a database that
 * cannot be used is 1 for {@code check} (that is what it checks) and 4 otherwise,
 * anything else 4. The trace is for the log file, never for the console; the line says
 * where it is.
 *
 * @param command the command's name, which starts the line
 * @param logFile the log file ({@code logging.file.name}), null when there is none
 * @param databaseUrl {@code spring.datasource.url}, shown without credentials or options
 */
record CommandFailure(String command, @Nullable String logFile, @Nullable String databaseUrl) {

	static CommandFailure of(String command, Environment environment) {
		return new CommandFailure(command, environment.getProperty("logging.file.name"),
				environment.getProperty("spring.datasource.url"));
	}

	/**
	 * Print the line for the failure and say which exit status it is.
	 */
	int report(Throwable failure, PrintStream err) {
		var setting = MissingSettingException.causing(failure);
		if (setting.isPresent()) {
			err.println(this.command + ": " + setting.get().getMessage());
			return ExitStatus.CONFIGURATION;
		}
		BindException binding = find(failure, BindException.class);
		if (binding != null) {
			Class<?> type = binding.getTarget().getType().resolve();
			err.println(this.command + ": setting " + binding.getName() + " cannot be read"
					+ ((type != null) ? " as " + type.getSimpleName() : "") + ": "
					+ firstLine(Failures.describe(binding.getCause())));
			return ExitStatus.CONFIGURATION;
		}
		SQLException database = deepest(failure, SQLException.class);
		if (database != null) {
			boolean check = this.command.equals(Command.CHECK.commandName());
			err.println(this.command + ": " + (check ? "Database: FAILED " : "cannot use the database ")
					+ redacted(this.databaseUrl) + ": " + sqlCause(database)
					+ (check ? "; Qince and zhixdl were not checked" : "") + logHint());
			return check ? ExitStatus.FAILED : ExitStatus.ERROR;
		}
		err.println(this.command + ": " + line(failure) + logHint());
		return ExitStatus.ERROR;
	}

	/** The cause of a failure in one line: the most telling message, its first line. */
	static String line(Throwable failure) {
		return firstLine(Failures.describe(failure));
	}

	/** " (the trace is in …)" naming the log file, or nothing without one. */
	String logHint() {
		return (this.logFile != null && !this.logFile.isBlank())
				? " (the trace is in " + Path.of(this.logFile).toAbsolutePath().normalize() + ")" : "";
	}

	/**
	 * A JDBC URL without what may be secret: no user or password before the host, no
	 * query ({@code ?user=…&password=…}) and no H2 options ({@code ;MODE=…}).
	 */
	static String redacted(@Nullable String url) {
		if (url == null || url.isBlank()) {
			return "(spring.datasource.url)";
		}
		return url.replaceAll("[?;].*$", "").replaceAll("//[^/@]*@", "//");
	}

	private static String sqlCause(SQLException failure) {
		String text = firstLine(failure.getMessage());
		Throwable cause = failure.getCause();
		while (cause != null && cause.getCause() != null) {
			cause = cause.getCause();
		}
		if (cause != null && cause.getMessage() != null && !text.contains(firstLine(cause.getMessage()))) {
			text = text + " (" + firstLine(cause.getMessage()) + ")";
		}
		return text;
	}

	private static String firstLine(@Nullable String text) {
		if (text == null) {
			return "no reason given";
		}
		return text.lines().map(String::strip).filter((line) -> !line.isEmpty()).findFirst().orElse("no reason given");
	}

	private static <T extends Throwable> @Nullable T find(Throwable failure, Class<T> type) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return type.cast(cause);
			}
		}
		return null;
	}

	private static <T extends Throwable> @Nullable T deepest(Throwable failure, Class<T> type) {
		T found = null;
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				found = type.cast(cause);
			}
		}
		return found;
	}

}
