package com.qincebridge.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.qincebridge.goods.OpeningBalanceFile;
import com.qincebridge.goods.OpeningBalances;

import org.springframework.boot.ApplicationArguments;
import org.springframework.stereotype.Component;

/**
 * {@code import-balances FILE.csv}: the opening balances for the first month a customer
 * is run. The lines that can be read are imported even when others cannot; each bad line
 * is reported with its number and field, and the exit status is then 1.
 */
@Component
class ImportBalancesCommand implements CliCommand {

	private final OpeningBalances balances;

	ImportBalancesCommand(OpeningBalances balances) {
		this.balances = balances;
	}

	@Override
	public Command command() {
		return Command.IMPORT_BALANCES;
	}

	@Override
	public int run(ApplicationArguments args) throws IOException {
		List<String> words = args.getNonOptionArgs();
		String unknown = CliOptions.unknown(args, java.util.Set.of());
		if (words.size() != 2 || unknown != null) {
			System.err.println((unknown != null) ? "Unknown option --" + unknown : "Name one file.");
			System.err.print(Command.IMPORT_BALANCES.usage());
			return ExitStatus.USAGE;
		}
		Path file = Path.of(words.get(1));
		if (!Files.isRegularFile(file)) {
			System.err.println("No such file: " + file.toAbsolutePath());
			return ExitStatus.USAGE;
		}
		OpeningBalanceFile.Parsed parsed = OpeningBalanceFile.parse(Files.readString(file, StandardCharsets.UTF_8),
				file.getFileName().toString());
		this.balances.save(parsed.balances(), file.getFileName().toString());
		System.out.printf("Imported %d opening balances from %s.%n", parsed.balances().size(), file);
		parsed.errors().forEach(System.err::println);
		if (!parsed.errors().isEmpty()) {
			System.err.printf("%d lines could not be imported (see above); fix them and import the file again.%n",
					parsed.errors().size());
			return ExitStatus.FAILED;
		}
		return ExitStatus.OK;
	}

}
