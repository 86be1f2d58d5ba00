package com.qincebridge.cli;

import java.nio.file.Path;
import java.util.List;

import com.qincebridge.files.TableFileException;
import com.qincebridge.goods.OpeningBalanceImport;

import org.springframework.boot.ApplicationArguments;
import org.springframework.stereotype.Component;

/**
 * {@code import-balances FILE.csv|FILE.xlsx}: the opening balances for the first month a
 * customer is run ({@link OpeningBalanceImport}). The lines that can be read are imported
 * even when others cannot; each bad line is reported with its line, column and reason,
 * and the exit status is then 1. A file that cannot be read at all is exit status 2.
 */
@Component
class ImportBalancesCommand implements CliCommand {

	private final OpeningBalanceImport balances;

	ImportBalancesCommand(OpeningBalanceImport balances) {
		this.balances = balances;
	}

	@Override
	public Command command() {
		return Command.IMPORT_BALANCES;
	}

	@Override
	public int run(ApplicationArguments args) {
		List<String> words = args.getNonOptionArgs();
		String unknown = CliOptions.unknown(args, java.util.Set.of());
		if (words.size() != 2 || unknown != null) {
			return CliOptions.usage(Command.IMPORT_BALANCES,
					(unknown != null) ? "unknown option --" + unknown : "name one file");
		}
		Path file = Path.of(words.get(1));
		OpeningBalanceImport.Result result;
		try {
			result = this.balances.importFile(file, System.err);
		}
		catch (TableFileException ex) {
			System.err.println(ex.getMessage());
			return ExitStatus.USAGE;
		}
		System.out.printf("Imported %d opening balances from %s (%d lines read, %d refused).%n", result.imported(),
				file, result.lines(), result.refused());
		result.errors().forEach(System.err::println);
		if (result.refused() > result.errors().size()) {
			System.err.printf("… and %d more refused lines.%n", result.refused() - result.errors().size());
		}
		if (result.refused() > 0) {
			System.err.printf(
					"%d lines could not be imported (see above); the others were. Fix those lines and"
							+ " import the file again: a balance imported again replaces the earlier one.%n",
					result.refused());
			return ExitStatus.FAILED;
		}
		return ExitStatus.OK;
	}

}
