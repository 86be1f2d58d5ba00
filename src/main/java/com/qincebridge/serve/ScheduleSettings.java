package com.qincebridge.serve;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Properties;

import com.qincebridge.support.JobsFiles;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Component;

/**
 * {@code jobs/schedule.properties}: when {@code serve} launches runs.
 *
 * @param zone the time zone of the cron expressions and of "the current month"
 * @param nightly when the current month is synced
 * @param monthEndClose when the previous month is closed
 * @param maxResumes how many times a failed scheduled run is resumed before a new run
 * starts
 */
record ScheduleSettings(ZoneId zone, CronExpression nightly, CronExpression monthEndClose, int maxResumes) {

	/**
	 * Read the file.
	 * @throws IllegalArgumentException naming the file, the key and the problem
	 */
	static ScheduleSettings parse(JobsFiles file) {
		Properties properties = new Properties();
		try {
			properties.load(new StringReader(file.text()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		String zone = value(file, properties, "zone");
		try {
			return new ScheduleSettings(ZoneId.of(zone), cron(file, properties, "nightly.cron"),
					cron(file, properties, "month-end-close.cron"), maxResumes(file, properties));
		}
		catch (DateTimeException ex) {
			throw new IllegalArgumentException(file.source() + ": zone is not a time zone: " + zone);
		}
	}

	private static CronExpression cron(JobsFiles file, Properties properties, String key) {
		String value = value(file, properties, key);
		try {
			return CronExpression.parse(value);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException(file.source() + ": " + key + " is not a cron expression with six "
					+ "fields (second minute hour day month weekday): " + value);
		}
	}

	private static int maxResumes(JobsFiles file, Properties properties) {
		String value = value(file, properties, "max-resumes");
		if (!value.matches("\\d{1,3}")) {
			throw new IllegalArgumentException(file.source() + ": max-resumes must be a number: " + value);
		}
		return Integer.parseInt(value);
	}

	private static String value(JobsFiles file, Properties properties, String key) {
		String value = properties.getProperty(key);
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException(file.source() + ": " + key + " is missing");
		}
		return value.strip();
	}

	/** Reads the file from the jobs directory each time it is asked. */
	@Component
	static class Source {

		private final Path jobsDir;

		Source(@Value("${bridge.jobs-dir:jobs}") Path jobsDir) {
			this.jobsDir = jobsDir;
		}

		ScheduleSettings get() {
			return parse(JobsFiles.read(this.jobsDir, "schedule.properties"));
		}

	}

}
