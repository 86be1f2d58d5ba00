package com.qincebridge.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.qincebridge.close.ClosedMonths;
import com.qincebridge.close.MonthCloses;
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

	private static final String MONTH_END_CLOSE = "month-end-close";

	private final JobRuns runs;

	private final PrepaymentReconciliation reconciliation;

	private final MonthCloses closes;

	private final ClosedMonths closedMonths;

	RunCommand(JobRuns runs, PrepaymentReconciliation reconciliation, MonthCloses closes, ClosedMonths closedMonths) {
		this.runs = runs;
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
					(counter) -> new PrepaymentSyncRun(rerun, null).toJobParameters(counter), rerun, true, System.out,
					System.err);
			if (status == ExitStatus.OK) {
				System.out.print(this.reconciliation.render());
			}
			return status;
		}
		if (words.get(1).equals("prepayment-apply")) {
			String file = CliOptions.value(args, "file");
			if (file == null || !Files.isRegularFile(Path.of(file))) {
				System.err.println((file == null) ? "--file=path.csv is required" : "No such file: " + file);
				return ExitStatus.USAGE;
			}
			PrepaymentApplyRun apply = new PrepaymentApplyRun(Path.of(file));
			return this.runs.run(job, "prepayment-apply " + apply.file(), apply::toJobParameters, rerun, false,
					System.out, System.err);
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
