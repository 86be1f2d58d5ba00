package com.qincebridge.cli;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;

import com.qincebridge.sandbox.DataSetSpec;
import com.qincebridge.sandbox.Sandbox;
import com.qincebridge.sandbox.SandboxSettings;
import com.qincebridge.support.BridgeIntegrationTest;
import com.qincebridge.support.SandboxConnection;
import org.junit.jupiter.api.AfterAll;
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
 * A statement covers a whole month: a run of some days of a month never read before reads
 * the other days too, and {@code --from} needs {@code --to}.
 */
@BridgeIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class PartialRunIntegrationTests {

	@SandboxConnection
	static final Sandbox sandbox = Sandbox.start(SandboxSettings.defaults()
		.withData(DataSetSpec.defaults().withSize(300).withCompanies(1).withCustomersPerCompany(4)));

	@AfterAll
	static void stop() {
		sandbox.close();
	}

	@Autowired
	RunCommand run;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void clean() {
		sandbox.reset();
		OpsTestSupport.clean(this.jdbc);
	}

	@Test
	void fromWithoutToIsAUsageErrorAndStartsNothing(CapturedOutput output) throws Exception {
		assertThat(run("run", "statement", "--trade-month=2025-09", "--from=2025-09-10")).isEqualTo(ExitStatus.USAGE);
		assertThat(run("run", "statement", "--trade-month=2025-09", "--to=2025-09-10")).isEqualTo(ExitStatus.USAGE);

		assertThat(output.getErr().lines()).containsExactly(
				"run: --from and --to go together: give both days (YYYY-MM-DD) or neither (run --help shows the usage)",
				"run: --from and --to go together: give both days (YYYY-MM-DD) or neither (run --help shows the usage)");
		assertThat(OpsTestSupport.instances(this.jdbc, "statementJob")).isZero();
	}

	@Test
	void aRunOfTwoDaysOfAMonthNeverReadReadsTheWholeMonthBeforeBuilding() throws Exception {
		assertThat(run("run", "statement", "--trade-month=2025-09", "--from=2025-09-10", "--to=2025-09-11"))
			.isEqualTo(ExitStatus.OK);

		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM erp_read_day WHERE read_day BETWEEN ? AND ?")
			.params(Date.valueOf("2025-09-01"), Date.valueOf("2025-09-30"))
			.query(Long.class)
			.single()).as("30 days × 2 business types × 1 company").isEqualTo(60);
		BigDecimal wholeMonth = sandbox.erp()
			.data()
			.lines()
			.filter((line) -> line.isWellFormed() && !line.orderDate().isBefore(LocalDate.of(2025, 9, 1))
					&& !line.orderDate().isAfter(LocalDate.of(2025, 9, 30)))
			.filter((line) -> line.type().name().equals("FB_RECEIVABLE") || line.type().name().equals("FB_RECEIVE"))
			.map((line) -> line.amount())
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		BigDecimal staged = this.jdbc.sql("SELECT SUM(amount) FROM erp_line WHERE order_date BETWEEN ? AND ?")
			.params(Date.valueOf("2025-09-01"), Date.valueOf("2025-09-30"))
			.query(BigDecimal.class)
			.single();
		BigDecimal quarantined = this.jdbc
			.sql("SELECT COALESCE(SUM(amount), 0) FROM erp_line_quarantine WHERE window_date BETWEEN ? AND ?")
			.params(Date.valueOf("2025-09-01"), Date.valueOf("2025-09-30"))
			.query(BigDecimal.class)
			.single();
		assertThat(staged.add(quarantined)).as("every line of the month, not only of the 10th and 11th")
			.isEqualByComparingTo(wholeMonth);
		assertThat(this.jdbc.sql("SELECT COUNT(DISTINCT order_date) FROM erp_line").query(Long.class).single())
			.isGreaterThan(2);
	}

	private int run(String... args) throws Exception {
		return this.run.run(new DefaultApplicationArguments(args));
	}

}
