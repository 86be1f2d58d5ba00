package com.qincebridge.cli;

/**
 * The process exit statuses of every command, for cron, systemd and Kubernetes.
 */
public final class ExitStatus {

	/** The command did what it was asked; for a job: it COMPLETED. */
	public static final int OK = 0;

	/** The command ran and did not succeed: a job FAILED or STOPPED, a check failed. */
	public static final int FAILED = 1;

	/** The command line was wrong: unknown command or option. */
	public static final int USAGE = 2;

	/** A required setting is missing or invalid. */
	public static final int CONFIGURATION = 3;

	/** Anything else went wrong; the reason is on stderr and in the log. */
	public static final int ERROR = 4;

	private ExitStatus() {
	}

}
