package com.qincebridge.ops;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.qincebridge.staging.TradeMonthRun;
import org.jspecify.annotations.Nullable;

import org.springframework.batch.core.job.Job;
import org.springframework.boot.ApplicationArguments;
import org.springframework.stereotype.Component;

/**
 * {@code run <job> --trade-month=YYYY-MM [--customers=A,B] [--from=… --to=…] [--rerun]}.
 */
@Component
class RunCommand implements CliCommand {

	private static final Set<String> OPTIONS = Set.of("trade-month", "customers", "from", "to", "rerun");

	private final JobRuns runs;

	RunCommand(JobRuns runs) {
		this.runs = runs;
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
		TradeMonthRun run;
		try {
			run = tradeMonthRun(args);
		}
		catch (IllegalArgumentException | DateTimeParseException ex) {
			System.err.println(ex.getMessage());
			return ExitStatus.USAGE;
		}
		return this.runs.run(job, run, args.containsOption("rerun"), System.out, System.err);
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
