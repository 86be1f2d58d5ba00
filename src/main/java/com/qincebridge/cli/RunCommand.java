package com.qincebridge.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.qincebridge.close.ClosedMonths;
import com.qincebridge.close.MonthCloses;
import com.qincebridge.files.FileFormat;
import com.qincebridge.files.TableFileException;
import com.qincebridge.prepayment.ApplySummary;
import com.qincebridge.prepayment.PrepaymentApplyFiles;
import com.qincebridge.prepayment.PrepaymentReconciliation;
import com.qincebridge.support.TradeMonthRun;
import org.jspecify.annotations.Nullable;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
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

	private static final String MONTH_END_CLOSE = "month-end-close";

	private final JobRuns runs;

	private final PrepaymentReconciliation reconciliation;

	private final MonthCloses closes;

	private final PrepaymentApplyFiles applyFiles;

	private final ClosedMonths closedMonths;

	RunCommand(JobRuns runs, PrepaymentReconciliation reconciliation, MonthCloses closes, ClosedMonths closedMonths,
			PrepaymentApplyFiles applyFiles) {
		this.runs = runs;
		this.applyFiles = applyFiles;
		this.reconciliation = reconciliation;
		this.closes = closes;
		this.closedMonths = closedMonths;
	}

	@Override
	public Command command() {
		return Command.RUN;
	}

	@Override
	public int run(ApplicationArguments args) throws Exception {
		List<String> words = args.getNonOptionArgs();
		String unknown = CliOptions.unknown(args, OPTIONS);
		if (words.size() != 2 || unknown != null) {
			System.err.println((unknown != null) ? "Unknown option --" + unknown : "Name one job.");
			System.err.print(Command.RUN.usage());
			return ExitStatus.USAGE;
		}
		Job job = this.runs.job(words.get(1)).orElse(null);
		if (job == null) {
			System.err.println("Unknown job: " + words.get(1));
			System.err.print(Command.RUN.usage());
			return ExitStatus.USAGE;
		}
		boolean rerun = args.containsOption("rerun");
		if (words.get(1).equals("prepayment-sync")) {
			int status = this.runs.run(job, "prepayment-sync",
					(counter) -> counted(counter).addString("full", Boolean.toString(rerun), false).toJobParameters(),
					rerun, true, System.out, System.err);
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
			System.err.println(ex.getMessage());
			return ExitStatus.USAGE;
		}
		if (words.get(1).equals(MONTH_END_CLOSE)) {
			return closeMonth(job, run, args);
		}
		if (args.containsOption("reopen")) {
			System.err.println("--reopen is an option of month-end-close only.");
			return ExitStatus.USAGE;
		}
		return this.runs.run(job, run, rerun, System.out, System.err);
	}

	/**
	 * month-end-close: a CLOSED month is refused unless {@code --reopen}, which records
	 * the reopening and starts a new run of the month.
	 */
	private int closeMonth(Job job, TradeMonthRun run, ApplicationArguments args) throws Exception {
		if (!run.equals(TradeMonthRun.wholeMonth(run.tradeMonth())) || args.containsOption("rerun")) {
			System.err.println("month-end-close closes a whole month: it takes --trade-month and --reopen only.");
			return ExitStatus.USAGE;
		}
		var closed = this.closedMonths.closed(run.tradeMonth());
		if (closed.isPresent() && !args.containsOption("reopen")) {
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
		int status = this.runs.run(job, "prepayment-apply " + path,
				(counter) -> counted(counter).addString("file", path.toString()).toJobParameters(), rerun, false,
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

	private static JobParametersBuilder counted(long counter) {
		JobParametersBuilder builder = new JobParametersBuilder();
		return (counter > 0) ? builder.addLong("rerun", counter) : builder;
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
		Set<String> customers = new TreeSet<>();
		String list = CliOptions.value(args, "customers");
		if (list != null) {
			for (String code : list.split(",")) {
				if (!code.isBlank()) {
					customers.add(code.strip());
				}
			}
		}
		return new TradeMonthRun(tradeMonth, from, to, customers);
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
