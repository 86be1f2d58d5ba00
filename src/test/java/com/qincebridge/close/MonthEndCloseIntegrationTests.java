package com.qincebridge.close;

import com.qincebridge.cli.ExitStatus;
import com.qincebridge.cli.OpsTestSupport;
import com.qincebridge.cli.RunCommand;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import com.qincebridge.support.BridgeIntegrationTest;
import com.qincebridge.support.SandboxConnection;
import com.qincebridge.sandbox.DataSetSpec;
import com.qincebridge.sandbox.Fault;
import com.qincebridge.sandbox.Sandbox;
import com.qincebridge.sandbox.SandboxSettings;
import com.qincebridge.sandbox.SavedStatement;
import com.qincebridge.sandbox.StatementKind;
import com.qincebridge.sandbox.Trigger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code run month-end-close}: both statements of the month, the month closed with its
 * totals, the next month opening with its ending balances, a closed month frozen until
 * {@code --reopen}, and a failed close resumed where it stopped.
 */
@BridgeIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class MonthEndCloseIntegrationTests {

	static final YearMonth SEPTEMBER = YearMonth.of(2025, 9);

	@SandboxConnection
	static final Sandbox sandbox = Sandbox.start(SandboxSettings.defaults()
		.withData(DataSetSpec.defaults()
			.withSize(600)
			.withMonths(List.of(SEPTEMBER, SEPTEMBER.plusMonths(1)))
			.withCompanies(1)
			.withCustomersPerCompany(5)));

	@AfterAll
	static void stop() {
		sandbox.close();
	}

	@Autowired
	RunCommand run;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	@AfterEach
	void clean() {
		sandbox.reset();
		OpsTestSupport.clean(this.jdbc);
	}

	@Test
	void closesTheMonthWithBothStatementsAndTheNextMonthOpensWithItsEndingBalances(CapturedOutput output)
			throws Exception {
		assertThat(run("run", "month-end-close", "--trade-month=2025-09")).isEqualTo(ExitStatus.OK);

		List<SavedStatement> goods = sandbox.qince().statements(StatementKind.GOODS);
		List<SavedStatement> expense = sandbox.qince().statements(StatementKind.EXPENSE);
		assertThat(goods).isNotEmpty().allSatisfy((statement) -> assertThat(statement.saveCount()).isOne());
		assertThat(expense).isNotEmpty();
		assertThat(output.getOut()).contains("货款对账单 2025-09 (all statement customers) — run")
			.contains("费用对账单 2025-09 (all statement customers) — run")
			.contains("Month 2025-09 closed at")
			.contains(goods.size() + " 货款对账单")
			.contains(expense.size() + " 费用对账单");
		assertThat(this.jdbc.sql("SELECT state, goods_statements, expense_statements, not_verified FROM month_close")
			.query((rs, row) -> rs.getString(1) + " " + rs.getInt(2) + " " + rs.getInt(3) + " " + rs.getInt(4))
			.single()).isEqualTo("CLOSED " + goods.size() + " " + expense.size() + " 0");
		assertThat(this.jdbc.sql("SELECT goods_end_balance FROM month_close").query(BigDecimal.class).single())
			.isEqualByComparingTo(this.jdbc
				.sql("SELECT SUM(end_balance) FROM statement_ledger WHERE kind = 'GOODS' AND trade_month = '2025-09'")
				.query(BigDecimal.class)
				.single());

		assertThat(run("run", "statement", "--trade-month=2025-10")).isEqualTo(ExitStatus.OK);

		Map<String, BigDecimal> septemberEnd = endBalances("2025-09");
		List<String> octoberOpenings = this.jdbc.sql("""
				SELECT customer_code, begin_balance, opening_source FROM statement_ledger
				WHERE kind = 'GOODS' AND trade_month = '2025-10'""").query((rs, row) -> {
			BigDecimal september = septemberEnd.getOrDefault(rs.getString(1), BigDecimal.ZERO);
			return rs.getString(3) + " " + (rs.getBigDecimal(2).compareTo(september) == 0);
		}).list();
		assertThat(octoberOpenings).isNotEmpty().contains("LEDGER true").allMatch((line) -> line.endsWith("true"));
	}

	@Test
	void aClosedMonthIsFrozenUntilReopened(CapturedOutput output) throws Exception {
		assertThat(run("run", "month-end-close", "--trade-month=2025-09")).isEqualTo(ExitStatus.OK);

		assertThat(run("run", "statement", "--trade-month=2025-09", "--rerun")).isEqualTo(ExitStatus.FAILED);
		assertThat(output.getErr()).contains("Its statements are frozen")
			.contains("month-end-close --trade-month=2025-09 --reopen");
		assertThat(run("run", "expense", "--trade-month=2025-09",
				"--customers=" + sandbox.erp().data().knownCustomers().get(0).code(), "--rerun"))
			.isEqualTo(ExitStatus.FAILED);
		assertThat(run("run", "month-end-close", "--trade-month=2025-09")).isEqualTo(ExitStatus.FAILED);
		assertThat(output.getErr()).contains("It is not closed again unless you add --reopen.");
		assertThat(OpsTestSupport.instances(this.jdbc, "statementJob")).isOne();
		assertThat(OpsTestSupport.instances(this.jdbc, "monthEndCloseJob")).isOne();

		assertThat(run("run", "month-end-close", "--trade-month=2025-09", "--reopen")).isEqualTo(ExitStatus.OK);

		assertThat(output.getOut()).contains("Reopened 2025-09; closing it again.").contains("reopened 1 times");
		assertThat(this.jdbc.sql("SELECT state, reopen_count FROM month_close")
			.query((rs, row) -> rs.getString(1) + " " + rs.getInt(2))
			.single()).isEqualTo("CLOSED 1");
		assertThat(OpsTestSupport.instances(this.jdbc, "statementJob")).isEqualTo(2);
		assertThat(OpsTestSupport.instances(this.jdbc, "expenseJob")).isEqualTo(2);
		// the data did not change: nothing was sent again
		assertThat(sandbox.qince().statements(StatementKind.GOODS))
			.allSatisfy((statement) -> assertThat(statement.saveCount()).isOne());
	}

	@Test
	void aFailedCloseIsResumedWhereItStopped(CapturedOutput output) throws Exception {
		sandbox.qince().faults().inject("saveExpense", Fault.httpStatus(503), Trigger.always());

		assertThat(run("run", "month-end-close", "--trade-month=2025-09")).isEqualTo(ExitStatus.FAILED);
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM month_close").query(Long.class).single()).isZero();
		int goodsSaves = sandbox.qince().calls("saveStatement");

		sandbox.qince().faults().clear();
		assertThat(run("run", "month-end-close", "--trade-month=2025-09")).isEqualTo(ExitStatus.OK);

		assertThat(output.getOut()).contains("Resuming month-end-close 2025-09 from its checkpoint");
		assertThat(sandbox.qince().calls("saveStatement")).isEqualTo(goodsSaves);
		assertThat(OpsTestSupport.instances(this.jdbc, "statementJob")).isOne();
		assertThat(OpsTestSupport.instances(this.jdbc, "expenseJob")).isOne();
		assertThat(sandbox.qince().statements(StatementKind.EXPENSE)).isNotEmpty()
			.allSatisfy((statement) -> assertThat(statement.saveCount()).isOne());
		assertThat(this.jdbc.sql("SELECT state FROM month_close").query(String.class).single()).isEqualTo("CLOSED");
	}

	private Map<String, BigDecimal> endBalances(String month) {
		return this.jdbc
			.sql("SELECT customer_code, end_balance FROM statement_ledger WHERE kind = 'GOODS' AND trade_month = ?")
			.param(month)
			.query((rs, row) -> Map.entry(rs.getString(1), rs.getBigDecimal(2)))
			.list()
			.stream()
			.collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	private int run(String... args) throws Exception {
		return this.run.run(new DefaultApplicationArguments(args));
	}

}
