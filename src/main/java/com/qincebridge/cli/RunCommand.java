package com.qincebridge.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.qincebridge.close.ClosedMonths;
import com.qincebridge.close.MonthCloses;
import com.qincebridge.files.FileFormat;
import com.qincebridge.files.TableFileException;
import com.qincebridge.prepayment.ApplySummary;
import com.qincebridge.prepayment.PrepaymentApplyFiles;
import com.qincebridge.prepayment.PrepaymentApplyRun;
import com.qincebridge.prepayment.PrepaymentReconciliation;
import com.qincebridge.prepayment.PrepaymentSyncRun;
import com.qincebridge.support.TradeMonthRun;
import org.jspecify.annotations.Nullable;

import org.springframework.batch.core.job.Job;
import org.springframework.boot.ApplicationArguments;
import org.springframework.stereotype.Component;

/**
 * {@code run <job> --trade-month=YYYY-MM [--customers=A,B] [--from=… --to=…] [--rerun]},
 * {@code run prepayment-sync [--rerun]},
 * {@code run prepayment-apply --file=path.csv [--rerun]},
 * {@code run month-end-close --trade-month=YYYY-MM [--reopen]}.
 */
@Component
public class RunCommand implements CliCommand {

	private static final Set<String> OPTIONS = Set.of("trade-month", "customers", "from", "to", "rerun", "file",
			"reopen");

	/** The jobs, in the order the help lists them, with the options each takes. */
	private static final Map<String, Set<String>> JOB_OPTIONS = jobOptions();

	private static final String MONTH_END_CLOSE = "month-end-close";

	private final JobRuns runs;

	private final PrepaymentReconciliation reconciliation;

	private final MonthCloses closes;

	private final PrepaymentApplyFiles applyFiles;

	private final ClosedMonths closedMonths;

	private final QinceCustomerCodes customers;

	RunCommand(JobRuns runs, PrepaymentReconciliation reconciliation, MonthCloses closes, ClosedMonths closedMonths,
			QinceCustomerCodes customers, PrepaymentApplyFiles applyFiles) {
		this.runs = runs;
		this.applyFiles = applyFiles;
		this.reconciliation = reconciliation;
		this.closes = closes;
		this.closedMonths = closedMonths;
		this.customers = customers;
	}

	private static Map<String, Set<String>> jobOptions() {
		Map<String, Set<String>> options = new LinkedHashMap<>();
		options.put("statement", Set.of("trade-month", "customers", "from", "to", "rerun"));
		options.put("expense", Set.of("trade-month", "customers", "from", "to", "rerun"));
		options.put(MONTH_END_CLOSE, Set.of("trade-month", "reopen"));
		options.put("prepayment-sync", Set.of("rerun"));
		options.put("prepayment-apply", Set.of("file", "rerun"));
		return options;
	}

	@Override
	public Command command() {
		return Command.RUN;
	}

	@Override
	public int run(ApplicationArguments args) throws Exception {
		List<String> words = args.getNonOptionArgs();
		if (words.size() != 2) {
			return CliOptions.usage(Command.RUN,
					(words.size() < 2) ? "name one job: " + String.join(", ", JOB_OPTIONS.keySet())
							: "name one job, not " + String.join(" ", words.subList(1, words.size())));
		}
		Job job = this.runs.job(words.get(1)).orElse(null);
		Set<String> options = JOB_OPTIONS.get(words.get(1));
		if (job == null || options == null) {
			return CliOptions.usage(Command.RUN,
					"unknown job " + words.get(1) + "; the jobs: " + String.join(", ", JOB_OPTIONS.keySet()));
		}
		String unknown = CliOptions.unknown(args, OPTIONS);
		if (unknown != null) {
			return CliOptions.usage(Command.RUN, "unknown option --" + unknown);
		}
		String foreign = CliOptions.unknown(args, options);
		if (foreign != null) {
			return CliOptions.usage(Command.RUN, words.get(1) + " takes no --" + foreign + "; its options: "
					+ options.stream().sorted().map((option) -> "--" + option).collect(Collectors.joining(" ")));
		}
		boolean rerun;
		try {
			options.forEach((option) -> CliOptions.value(args, option));
			rerun = CliOptions.flag(args, "rerun");
			CliOptions.flag(args, "reopen");
		}
		catch (IllegalArgumentException ex) {
			return CliOptions.usage(Command.RUN, ex.getMessage());
		}
		if (words.get(1).equals("prepayment-sync")) {
			int status = this.runs.run(job, "prepayment-sync",
					(counter) -> new PrepaymentSyncRun(rerun, null).toJobParameters(counter), rerun, true, System.out,
					System.err);
			if (status == ExitStatus.OK) {
				System.out.print(this.reconciliation.render());
			}
			return status;
		}
		if (words.get(1).equals("prepayment-apply")) {
			return applyFile(job, args, rerun);
		}
		TradeMonthRun run;
		try {
			run = tradeMonthRun(args);
		}
		catch (IllegalArgumentException | DateTimeParseException ex) {
			return CliOptions.usage(Command.RUN, ex.getMessage());
		}
		Set<String> notQince = this.customers.unknown(run.customers());
		if (!notQince.isEmpty()) {
			return CliOptions.usage(Command.RUN, "--customers names " + String.join(", ", notQince)
					+ ", which Qince does not list as statement customers (getCustomers)");
		}
		if (words.get(1).equals(MONTH_END_CLOSE)) {
			return closeMonth(job, run, args);
		}
		return this.runs.run(job, run, rerun, System.out, System.err);
	}

	/**
	 * month-end-close: a CLOSED month is refused unless {@code --reopen}, which records
	 * the reopening and starts a new run of the month.
	 */
	private int closeMonth(Job job, TradeMonthRun run, ApplicationArguments args) throws Exception {
		var closed = this.closedMonths.closed(run.tradeMonth());
		if (closed.isPresent() && !CliOptions.flag(args, "reopen")) {
			System.err.printf("Month %s.%nIt is not closed again unless you add --reopen.%n", closed.get().describe());
			return ExitStatus.FAILED;
		}
		boolean reopened = closed.isPresent() && this.closes.reopen(run.tradeMonth());
		if (reopened) {
			System.out.printf("Reopened %s; closing it again.%n", run.tradeMonth());
		}
		return this.runs.run(job, run, reopened, System.out, System.err);
	}

	/**
	 * prepayment-apply: a file that cannot be read is refused before a run starts (exit
	 * 2: a restart cannot fix a file); after the run, the rows by outcome and the first
	 * reasons, and exit 1 when rows failed or were created but not linked.
	 */
	private int applyFile(Job job, ApplicationArguments args, boolean rerun) throws Exception {
		String file = CliOptions.value(args, "file");
		if (file == null) {
			System.err.println("--file=path.csv (or .xlsx) is required");
			return ExitStatus.USAGE;
		}
		Path path = Path.of(file).toAbsolutePath().normalize();
		try {
			this.applyFiles.check(path);
		}
		catch (TableFileException ex) {
			System.err.println(ex.getMessage());
			return ExitStatus.USAGE;
		}
		PrepaymentApplyRun apply = new PrepaymentApplyRun(path);
		int status = this.runs.run(job, "prepayment-apply " + apply.file(), apply::toJobParameters, rerun, false,
				System.out, System.err);
		if (status != ExitStatus.OK) {
			return status;
		}
		ApplySummary summary = this.applyFiles.summary(path);
		System.out.print(summary.render());
		System.out.println("Result file: " + FileFormat.resultFile(path));
		if (summary.needingAttention() > 0) {
			System.err.printf(
					"%d of %d rows need attention (see above and the result file): correct the file and"
							+ " apply it again with --rerun; nothing done is done twice.%n",
					summary.needingAttention(), summary.total());
			return ExitStatus.FAILED;
		}
		return status;
	}

	static TradeMonthRun tradeMonthRun(ApplicationArguments args) {
		String month = CliOptions.value(args, "trade-month");
		if (month == null) {
			throw new IllegalArgumentException("--trade-month=YYYY-MM is required");
		}
		YearMonth tradeMonth;
		try {
			tradeMonth = YearMonth.parse(month);
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException("--trade-month must be YYYY-MM: " + month);
		}
		if ((CliOptions.value(args, "from") == null) != (CliOptions.value(args, "to") == null)) {
			throw new IllegalArgumentException("--from and --to go together: give both days (YYYY-MM-DD) or neither");
		}
		LocalDate from = date(args, "from", tradeMonth.atDay(1));
		LocalDate to = date(args, "to", tradeMonth.atEndOfMonth());
		return new TradeMonthRun(tradeMonth, from, to, customers(args));
	}

	/**
	 * The codes of {@code --customers=A,B}; empty without the option. An option that
	 * names no code ({@code --customers=}, {@code --customers=,}) is refused: it would
	 * otherwise mean every customer.
	 */
	private static Set<String> customers(ApplicationArguments args) {
		if (!args.containsOption("customers")) {
			return Set.of();
		}
		String list = Objects.requireNonNullElse(CliOptions.value(args, "customers"), "");
		Set<String> customers = new TreeSet<>();
		for (String code : list.split(",")) {
			if (!code.isBlank()) {
				customers.add(code.strip());
			}
		}
		if (customers.isEmpty()) {
			throw new IllegalArgumentException("--customers needs at least one customer code: \"" + list + "\"");
		}
		return customers;
	}

	private static LocalDate date(ApplicationArguments args, String name, LocalDate otherwise) {
		@Nullable String value = CliOptions.value(args, name);
		if (value == null) {
			return otherwise;
		}
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException("--" + name + " must be YYYY-MM-DD: " + value);
		}
	}

}
