package com.qincebridge.cli;

import java.util.Arrays;
import java.util.Optional;

/**
 * The commands of {@code java -jar qince-bridge.jar}, with the help each prints. Kept
 * apart from the code that runs them so that {@code --help} answers without starting
 * anything.
 */
public enum Command {

	DEMO("demo", "zero setup: a month-end close of a sample month (both statement jobs) against simulators", """
			Usage: java -jar qince-bridge.jar demo [--serve] [--server.port=8080]

			Starts simulators of zhixdl and Qince with a generated data set (two companies, returns,
			refunds, expense documents), an embedded database in a new temporary directory, imports
			an opening balance, runs month-end-close for 2025-09 (the statement and expense jobs,
			then the month closed) and prints the reports. Needs no settings and never touches a
			real system. With --serve the console then stays up on the demo's database (port 8080
			or --server.port), with a user demo whose password is printed at start, until Ctrl-C.

			Exit status: 0 when the close COMPLETED, 1 otherwise.
			"""),

	CHECK("check", "check the settings, the database and that zhixdl and Qince answer", """
			Usage: java -jar qince-bridge.jar check [--name=value ...]

			Reads the settings, migrates the database, then calls Qince getCustomers once and the
			zhixdl FB_RECEIVABLE query once (one line) for each company in bridge.erp.company-codes,
			and prints what answered. Nothing is written to either system.

			Exit status: 0 when the database and both APIs answered, 1 when one of them did not
			(a database that cannot be used is one line on stderr: its cause, and that the APIs
			were not checked), 3 when a required setting is missing or not valid.
			"""),

	RUN("run", "run a job (for a trade month), or resume its last run from the checkpoint", """
			Usage: java -jar qince-bridge.jar run statement|expense --trade-month=YYYY-MM
			         [--customers=A,B] [--from=YYYY-MM-DD --to=YYYY-MM-DD] [--rerun]
			       java -jar qince-bridge.jar run month-end-close --trade-month=YYYY-MM [--reopen]
			       java -jar qince-bridge.jar run prepayment-sync [--rerun]
			       java -jar qince-bridge.jar run prepayment-apply --file=path.csv [--rerun]

			Jobs: statement (the monthly 货款对账单), expense (the monthly 费用对账单), month-end-close
			(both statements of the month, then the month is closed), prepayment-sync (Qince's
			prepayments into the local ledger), prepayment-apply (finance's prepayment file into
			Qince).

			prepayment-sync reads what changed in Qince since the last completed sync (the first one
			from bridge.prepayment.sync-from); every call starts a new sync unless the last one did
			not complete, which is resumed. --rerun reads everything again from
			bridge.prepayment.sync-from. prepayment-apply creates and reverses the prepayments of the
			file and writes <file>.result.csv next to it; a file that completed is applied again
			only with --rerun, and a prepayment already in Qince is never created twice.

			Starts the job for the trade month. When the last run of the same parameters FAILED or
			was STOPPED, or its process died (nobody holds its lock), that run is resumed from its
			last checkpoint instead, at once: nothing sent or written back before is sent or
			written again. While a live process runs the job for the month, the run is refused
			with that process's pid and host. A month that already completed is not run again
			unless --rerun is given, which starts a new run of the month (the nightly re-sync: only
			statements whose content changed are sent). --customers limits the statements built and
			sent to those customers, each of which must be one of Qince's statement customers
			(getCustomers); --from/--to limit the days read from the ERP (statements always cover
			the whole month). --rerun and --reopen may also be written --rerun=true or =false. Each
			job takes only its own options. Progress goes to stderr; the run's report to stdout at
			the end.

			month-end-close runs the statement and expense jobs for the whole month, then closes it:
			its ending balances are the next month's opening balances, and the statement and
			expense jobs refuse to run for a closed month. A closed month is not closed again unless
			--reopen is given, which records the reopening and runs the close again.

			Exit status: 0 when the run COMPLETED (or had completed already), 1 when it FAILED or
			was STOPPED (the reason and the restart command are on stderr) or the month is closed,
			2 for a wrong command line (an unknown job or option, an option of another job, a
			malformed month, date or flag, an empty --customers or a code Qince does not list),
			3 when a setting is missing or not valid.
			"""),

	SERVE("serve", "run the schedule, the Qince push receiver and the ops endpoints until stopped", """
			Usage: java -jar qince-bridge.jar serve [--server.port=8080]

			Runs until SIGTERM or Ctrl-C:
			- the schedule of jobs/schedule.properties: every night (02:00 Asia/Shanghai by default)
			  the statement and expense runs of the current month, on the 1st the month-end-close of
			  the previous month; a failed scheduled run is resumed from its checkpoint at the next
			  tick, up to max-resumes times. Several instances may share one database: each
			  scheduled run is launched by one of them only (a row in schedule_lock);
			- the Qince push receiver, POST /qince/push: a push whose digest verifies is stored by
			  msgId and answered {"return_code":0}; ksf_statement / ksf_expense pushes then re-sync
			  the listed customers and dates in the background. A forged or malformed push is
			  answered {"return_code":1} and starts nothing; a msgId already stored is answered 0
			  and starts nothing new;
			- GET /actuator/health and GET /actuator/prometheus (Spring Batch's metrics among them).

			Exit status: 0 when stopped, 2 for a wrong command line, 3 when a setting is missing.
			"""),

	RESTART("restart", "resume a FAILED or STOPPED execution from its checkpoint", """
			Usage: java -jar qince-bridge.jar restart <executionId>

			Resumes the execution (status lists them) from its last committed chunk. An execution
			whose process died (nobody holds its lock) is recovered first, at once; one whose
			process lives is refused, naming that process. An execution that completed, or whose
			run was completed by a later execution, has nothing to resume: that is said, with the
			command that runs it again (run … --rerun).

			Exit status: 0 when the resumed run COMPLETED or had completed already, 1 when it did
			not, 2 for an unknown id.
			"""),

	STOP("stop", "ask a running execution to stop at its next chunk boundary", """
			Usage: java -jar qince-bridge.jar stop <executionId>

			Stores a stop request that the running execution sees at its next chunk boundary; it
			then ends STOPPED and can be resumed with restart. The command returns at once; status
			shows when the execution has stopped. An execution whose process died is ended
			STOPPED at once.

			Exit status: 0 when the request was stored, 1 when the execution is not running (the
			line says how it ended), 2 for an unknown id.
			"""),

	STATUS("status", "list recent executions with their parameters and step counts", """
			Usage: java -jar qince-bridge.jar status [--job=NAME] [--limit=N]

			Lists the last N executions (10 by default, at most 1000), newest first, of all jobs or
			of one (statement, expense, month-end-close, prepayment-sync, prepayment-apply): id,
			parameters, status, times, and each step's read, written, filtered and skipped counts;
			the reason of a run that did not complete; the owner (pid, host, since) of a running
			execution and whether it is alive.

			Exit status: 0, or 2 for a wrong command line (an unknown option or job, a limit that is
			not a number from 1 to 1000).
			"""),

	IMPORT_BALANCES("import-balances", "import opening balances (期初余额) from a CSV or .xlsx file", """
			Usage: java -jar qince-bridge.jar import-balances FILE.csv|FILE.xlsx

			Reads a file with the header company_code,customer_code,trade_month,amount (CSV in UTF-8,
			with or without BOM, or GB18030/GBK as Excel on Chinese Windows saves it; or an .xlsx
			workbook, its first sheet) and stores one opening balance per line for the month it
			opens (the first month a customer is run; later months open with the previous month's
			ending balance from the ledger). Importing a balance again replaces it. The file is read
			line by line and stored in batches: a line that cannot be used (an amount with more than
			2 decimals or too large, a code too long or looking like a formula, a bad month, a second
			line for the same customer and month) is reported with its line and column; the others
			are imported. Progress goes to stderr every 50,000 lines.

			Exit status: 0 when every line was imported, 1 when some could not be, 2 when the file
			is missing or cannot be read (not UTF-8 nor GB18030, no header).
			"""),

	HASH_PASSWORD("hash-password", "encode a console user's password for bridge.console.users.<name>.password", """
			Usage: java -jar qince-bridge.jar hash-password
			       echo 'the password' | java -jar qince-bridge.jar hash-password

			Reads a password (typed without echo at a terminal, or the first line of standard input)
			and prints it encoded with bcrypt in Spring Security's form, {bcrypt}$2a$10$..., to put in
			bridge.console.users.<name>.password. Starts nothing else.

			Exit status: 0, or 2 when no password was given.
			"""),

	SANDBOX("sandbox", "run in-process simulators of zhixdl and Qince on a local port, for trials", """
			Usage: java -jar qince-bridge.jar sandbox [--port=N] [--seed=N] [--size=N]
			         [--months=2025-09,2025-10] [--companies=N] [--customers=N] [--known-share=0.75]
			         [--malformed-rate=0] [--latency=0ms] [--erp-app-key=K] [--qince-openid=O]
			         [--qince-appkey=K] [--qince-push-secret=S]

			Starts stateful simulators of the zhixdl open API and the Qince OpenAPI on one server at
			127.0.0.1 (port 0, the default, picks a free one), prints the settings that point
			serve, check or your own tools at them, and runs until Ctrl-C. The ERP data set is
			generated from the seed: about --size detail lines over --months, for --companies
			companies (101, 102, …) of --customers customers each, of which a --known-share are
			returned by Qince getCustomers; --malformed-rate of the lines carry a malformed date or
			amount; --latency delays every answer of both simulators. What the simulators recorded
			is shown as JSON under /sandbox on the same port.

			Exit status: 0 when stopped, 2 for an unknown option or one whose value is not valid.
			"""),

	BENCH("bench", "benchmark: a month against the simulators with API latency, timed per step", """
			Usage: java -jar qince-bridge.jar bench --spring.datasource.url=jdbc:mysql://… [--job=statement]
			         [--trade-month=2025-09] [--size=12000] [--companies=2] [--customers=550]
			         [--latency=50ms] [--concurrency=16] [--erp-concurrency=N] [--qince-concurrency=N]
			         [--requests-per-second=0] [--page-size=500] [--seed=N]

			Starts the simulators in this process with a generated month (about --size ERP lines
			over all document types, of which the statement job reads three quarters), delays
			every answer by --latency, runs the job (statement or expense) for the month on the
			database of the settings, and prints per step the items, the calls, the wall time, the
			floor (calls × latency ÷ concurrency, or calls ÷ rate under a rate cap), the
			efficiency (floor ÷ wall) and the items per second, then the whole run from the JVM's
			start, the lines per second and the peak heap. --requests-per-second=0 means no cap.
			Give it an empty MySQL/MariaDB database: it refuses one that already holds statements
			of the month.

			Exit status: 0 when the run COMPLETED, 1 otherwise, 2 when an option is not valid.
			""");

	private final String commandName;

	private final String summary;

	private final String usage;

	Command(String commandName, String summary, String usage) {
		this.commandName = commandName;
		this.summary = summary;
		this.usage = usage;
	}

	/** The word typed on the command line. */
	public String commandName() {
		return this.commandName;
	}

	public String summary() {
		return this.summary;
	}

	/** The full help of the command, as {@code <command> --help} prints it. */
	public String usage() {
		return this.usage;
	}

	public static Optional<Command> named(String name) {
		return Arrays.stream(values()).filter((command) -> command.commandName.equals(name)).findFirst();
	}

}
