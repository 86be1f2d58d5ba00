package com.qincebridge.goods;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.qincebridge.support.Columns;
import com.qincebridge.files.TableFileException;
import com.qincebridge.files.TableReader;
import com.qincebridge.files.TableRow;
import com.qincebridge.goods.OpeningBalanceFile.Balance;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a balances file line by line: the lines that can be read are stored, each one
 * that cannot is reported with its line, column and reason, and a second line for the
 * same company, customer and month (as the database compares codes: case does not count)
 * is refused naming the first. The file is streamed and stored in batches of
 * {@value #BATCH} lines, each committed on its own, so a large file takes constant memory
 * and a failure loses at most one batch; progress is printed every {@value #PROGRESS}
 * lines. A balance imported again (another file, or the same file again) replaces the
 * earlier one.
 */
@Component
public class OpeningBalanceImport {

	static final int BATCH = 1000;

	static final int PROGRESS = 50_000;

	/** How many refused lines a result keeps word for word; the rest are counted. */
	static final int KEPT_ERRORS = 1000;

	private static final String UPSERT = """
			INSERT INTO opening_balance (company_code, customer_code, trade_month, amount, source, import_id, source_line)
			VALUES %s
			ON DUPLICATE KEY UPDATE amount = VALUES(amount), source = VALUES(source), import_id = VALUES(import_id),
				source_line = VALUES(source_line), imported_at = CURRENT_TIMESTAMP""";

	private final JdbcTemplate jdbc;

	private final JdbcClient jdbcClient;

	private final TransactionTemplate transactions;

	OpeningBalanceImport(JdbcTemplate jdbc, JdbcClient jdbcClient, PlatformTransactionManager transactionManager) {
		this.jdbc = jdbc;
		this.jdbcClient = jdbcClient;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/**
	 * Import a file.
	 * @param progress where progress lines go (stderr for the command line)
	 * @throws TableFileException when the file cannot be read or has no header; the
	 * batches committed before stay
	 */
	public Result importFile(Path file, PrintStream progress) {
		Run run = new Run(UUID.randomUUID().toString(), Columns.fit(file.getFileName().toString(), 200));
		try (TableReader reader = TableReader.open(file)) {
			TableRow header = reader.nextNonBlank();
			if (header == null) {
				throw new TableFileException(
						file + ": the file is empty; its first line must be the header " + OpeningBalanceFile.HEADER);
			}
			if (!OpeningBalanceFile.isHeader(header)) {
				throw new TableFileException(
						file + ": line " + header.line() + " must be the header " + OpeningBalanceFile.HEADER);
			}
			List<Balance> batch = new ArrayList<>();
			while (reader.hasNext()) {
				TableRow row = reader.next();
				if (row.isBlank() || row.cell(0).startsWith("#")) {
					continue;
				}
				run.lines++;
				try {
					batch.add(OpeningBalanceFile.balance(row));
				}
				catch (IllegalArgumentException ex) {
					run.refuse(ex.getMessage());
				}
				if (batch.size() == BATCH) {
					store(batch, run);
				}
				if (run.lines % PROGRESS == 0) {
					progress.printf("import-balances: %,d lines read, %,d imported, %,d refused%n", run.lines,
							run.imported, run.refused);
				}
			}
			store(batch, run);
		}
		return new Result(run.lines, run.imported, run.refused, List.copyOf(run.errors));
	}

	private void store(List<Balance> batch, Run run) {
		if (batch.isEmpty()) {
			return;
		}
		this.transactions.executeWithoutResult((status) -> {
			Map<String, Integer> earlier = earlierLines(batch, run.id);
			List<Balance> stored = new ArrayList<>();
			for (Balance balance : batch) {
				Integer first = earlier.putIfAbsent(key(balance), balance.line());
				if (first != null) {
					run.refuse("line " + balance.line() + ": company " + balance.companyCode() + ", customer "
							+ balance.customerCode() + ", month " + balance.tradeMonth() + " is already on line "
							+ first + "; one opening balance per customer and month");
				}
				else {
					stored.add(balance);
				}
			}
			if (!stored.isEmpty()) {
				// one multi-row statement per batch: one round trip, not one per line
				List<Object> values = new ArrayList<>();
				for (Balance balance : stored) {
					values.addAll(List.of(balance.companyCode(), balance.customerCode(),
							balance.tradeMonth().toString(), balance.amount(), run.source, run.id, balance.line()));
				}
				this.jdbc.update(
						UPSERT.formatted(String.join(", ",
								java.util.Collections.nCopies(stored.size(), "(?, ?, ?, ?, ?, ?, ?)"))),
						values.toArray());
			}
			run.imported += stored.size();
		});
		batch.clear();
	}

	/** The lines of this import already stored for the batch's customers, by key. */
	private Map<String, Integer> earlierLines(List<Balance> batch, String importId) {
		Map<String, Integer> lines = new HashMap<>();
		List<String> customers = batch.stream().map(Balance::customerCode).distinct().toList();
		this.jdbcClient.sql("""
				SELECT company_code, customer_code, trade_month, source_line FROM opening_balance
				WHERE import_id = :id AND customer_code IN (:customers)""")
			.param("id", importId)
			.param("customers", customers)
			.query((rs, row) -> lines.put(key(rs.getString(1), rs.getString(2), rs.getString(3)), rs.getInt(4)))
			.list();
		return lines;
	}

	private static String key(Balance balance) {
		return key(balance.companyCode(), balance.customerCode(), balance.tradeMonth().toString());
	}

	private static String key(String company, String customer, String month) {
		return (company + "\u001f" + customer + "\u001f" + month).toLowerCase(Locale.ROOT);
	}

	/**
	 * What an import did.
	 *
	 * @param lines the lines read (blank and comment lines not counted)
	 * @param imported the balances stored
	 * @param refused the lines refused
	 * @param errors the first {@value OpeningBalanceImport#KEPT_ERRORS} refused lines,
	 * each with its line, column and reason
	 */
	public record Result(long lines, long imported, long refused, List<String> errors) {
	}

	private static final class Run {

		final String id;

		final String source;

		long lines;

		long imported;

		long refused;

		final List<String> errors = new ArrayList<>();

		Run(String id, String source) {
			this.id = id;
			this.source = source;
		}

		void refuse(String error) {
			this.refused++;
			if (this.errors.size() < KEPT_ERRORS) {
				this.errors.add(error);
			}
		}

	}

}
