package com.qincebridge.statement;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.qincebridge.staging.StagedLine;
import com.qincebridge.staging.StagingRepository;
import com.qincebridge.support.BridgeIntegrationTest;
import com.qincebridge.support.TradeMonthRun;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The build step's reader over a plan written here: pages of keys with exactly their
 * customers' lines of the month, and a restart from the last key returned.
 */
@BridgeIntegrationTest
class StatementInputReaderIntegrationTests {

	private static final long STEP = 990_001L;

	private static final YearMonth MONTH = YearMonth.of(2025, 9);

	@Autowired
	JdbcClient jdbc;

	@Autowired
	StagingRepository staging;

	@BeforeEach
	void plan() {
		clean();
		for (String[] key : new String[][] { { "101", "C1" }, { "101", "C2" }, { "101", "c1" }, { "102", "C1" },
				{ "102", "C3" } }) {
			this.jdbc
				.sql("INSERT INTO statement_key_plan (step_execution_id, company_code, customer_code) VALUES (?, ?, ?)")
				.params(STEP, key[0], key[1])
				.update();
		}
		line("R-1", "101", "C1", "2025-09-03", "SHIPMENT", "10.00");
		line("R-2", "101", "C1", "2025-09-30", "RETURN", "-2.50");
		line("P-1", "101", "C1", "2025-09-04", "RECEIPT", "7.00");
		line("R-3", "101", "c1", "2025-09-05", "SHIPMENT", "3.00");
		line("R-4", "101", "C1", "2025-10-01", "SHIPMENT", "99.00");
		line("R-5", "101", "C1", "2025-09-06", "EXPENSE", "99.00");
		line("R-6", "102", "C1", "2025-09-07", "SHIPMENT", "4.00");
		line("R-7", "102", "C3", "2025-09-08", "SHIPMENT", "5.00");
		line("R-8", "101", "C9", "2025-09-08", "SHIPMENT", "6.00");
	}

	@AfterEach
	void clean() {
		this.jdbc.sql("DELETE FROM statement_key_plan WHERE step_execution_id = ?").param(STEP).update();
		this.jdbc.sql("DELETE FROM erp_line WHERE job_execution_id = ?").param(STEP).update();
	}

	@Test
	void readsEachStatementWithExactlyItsLinesOfTheMonthAPageAtATime() {
		StatementInputReader reader = reader(TradeMonthRun.wholeMonth(MONTH), new ExecutionContext());

		List<StatementInput> read = readAll(reader);

		assertThat(read).extracting((input) -> input.key().companyCode() + "/" + input.key().customerCode())
			.containsExactly("101/C1", "101/C2", "101/c1", "102/C1", "102/C3");
		assertThat(read).extracting((input) -> ids(input.lines()))
			.containsExactly(List.of("FB_RECEIVABLE R-1", "FB_RECEIVABLE R-2", "FB_RECEIVE P-1"), List.of(),
					List.of("FB_RECEIVABLE R-3"), List.of("FB_RECEIVABLE R-6"), List.of("FB_RECEIVABLE R-7"));
		assertThat(read).extracting((input) -> input.page().size()).containsExactly(2, 2, 2, 2, 1);
		assertThat(read.get(2).page()).extracting(StatementKey::customerCode).containsExactly("c1", "C1");
		assertThat(read.get(3).page()).isSameAs(read.get(2).page());
	}

	@Test
	void restartsAfterTheLastStatementReturnedEvenInTheMiddleOfAPage() {
		StatementInputReader first = reader(TradeMonthRun.wholeMonth(MONTH), new ExecutionContext());
		first.read();
		first.read();
		first.read();
		ExecutionContext context = new ExecutionContext();
		first.update(context);

		List<StatementInput> rest = readAll(reader(TradeMonthRun.wholeMonth(MONTH), context));

		assertThat(rest).extracting((input) -> input.key().companyCode() + "/" + input.key().customerCode())
			.containsExactly("102/C1", "102/C3");
		assertThat(rest).extracting((input) -> ids(input.lines()))
			.containsExactly(List.of("FB_RECEIVABLE R-6"), List.of("FB_RECEIVABLE R-7"));
	}

	@Test
	void readsNoLinesOfCustomersThePartialRunLeavesOut() {
		TradeMonthRun run = new TradeMonthRun(MONTH, MONTH.atDay(1), MONTH.atEndOfMonth(), Set.of("C3", "c1"));

		List<StatementInput> read = readAll(reader(run, new ExecutionContext()));

		assertThat(read).extracting((input) -> ids(input.lines()))
			.containsExactly(List.of(), List.of(), List.of("FB_RECEIVABLE R-3"), List.of(),
					List.of("FB_RECEIVABLE R-7"));
	}

	private StatementInputReader reader(TradeMonthRun run, ExecutionContext context) {
		StatementInputReader reader = new StatementInputReader(this.jdbc, this.staging, STEP, StatementKind.GOODS, run,
				2);
		reader.open(context);
		return reader;
	}

	private static List<StatementInput> readAll(StatementInputReader reader) {
		List<StatementInput> read = new ArrayList<>();
		for (@Nullable
		StatementInput input = reader.read(); input != null; input = reader.read()) {
			read.add(input);
		}
		return read;
	}

	private static List<String> ids(List<StagedLine> lines) {
		return lines.stream().map((line) -> line.businessType() + " " + line.detailId()).toList();
	}

	private void line(String detailId, String company, String customer, String date, String category, String amount) {
		String type = detailId.startsWith("P") ? "FB_RECEIVE" : "FB_RECEIVABLE";
		this.jdbc.sql("""
				INSERT INTO erp_line (business_type, detail_id, order_id, company_code, counterparty_code, order_date,
					window_date, amount, category, raw_json, job_execution_id)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, '{}', ?)""")
			.params(type, detailId, "O-" + detailId, company, customer, Date.valueOf(date), Date.valueOf(date),
					new BigDecimal(amount), category, STEP)
			.update();
	}

}
