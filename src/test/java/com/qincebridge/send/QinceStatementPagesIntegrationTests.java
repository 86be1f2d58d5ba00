package com.qincebridge.send;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import com.qincebridge.sandbox.DataSetSpec;
import com.qincebridge.sandbox.Fault;
import com.qincebridge.sandbox.Gate;
import com.qincebridge.sandbox.Sandbox;
import com.qincebridge.sandbox.SandboxSettings;
import com.qincebridge.sandbox.SavedStatement;
import com.qincebridge.sandbox.StatementKind;
import com.qincebridge.sandbox.Trigger;
import com.qincebridge.cli.OpsTestSupport;
import com.qincebridge.qince.QinceProperties;
import com.qincebridge.support.BridgeIntegrationTest;
import com.qincebridge.support.SandboxConnection;
import com.qincebridge.support.TradeMonthRun;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The verify step of a month Qince lists in several pages (3 statements a page): page 1,
 * then every other page and the empty one that ends the list at once (held at a gate
 * together), no more calls than one page after another, and every statement of the month
 * VERIFIED with the id Qince gave it.
 */
// four pages after the first (12 customers in pages of 3) read at once: as many as calls
@BridgeIntegrationTest(properties = "bridge.qince.max-concurrency=4")
class QinceStatementPagesIntegrationTests {

	static final YearMonth SEPTEMBER = YearMonth.of(2025, 9);

	static final int PAGE = 3;

	@SandboxConnection
	static final Sandbox sandbox = Sandbox.start(SandboxSettings.defaults()
		.withStatementPageSize(PAGE)
		.withData(DataSetSpec.defaults()
			.withSeed(77)
			.withSize(600)
			.withCompanies(1)
			.withCustomersPerCompany(12)
			.withKnownCustomerShare(1.0)));

	@AfterAll
	static void stop() {
		sandbox.close();
	}

	@Autowired
	JobOperator jobOperator;

	@Autowired
	Job statementJob;

	@Autowired
	JobRepository jobRepository;

	@Autowired
	QinceProperties qinceProperties;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void clean() {
		sandbox.reset();
		OpsTestSupport.clean(this.jdbc);
	}

	@Test
	void theVerifyStepReadsThePagesAfterTheFirstAtOnceAndVerifiesEveryStatement() throws Exception {
		// call 1: the state step before sending (Qince lists nothing yet, one empty
		// page);
		// call 2: the verify step's first page; the calls after it wait at the gate
		Gate gate = new Gate();
		sandbox.qince().faults().inject("queryStatement", Fault.heldAt(gate), Trigger.fromCall(3));
		CompletableFuture<Long> run = CompletableFuture.supplyAsync(this::start);
		int statements;
		int pagesAfterTheFirst;
		try {
			long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
			while (gate.waiting() == 0 && !run.isDone()) {
				assertThat(System.nanoTime()).as("the verify step's pages within two minutes").isLessThan(deadline);
				Thread.sleep(20);
			}
			statements = sandbox.qince().statements(StatementKind.GOODS).size();
			// pages of 3 with statements, then the empty page; the first was read alone
			pagesAfterTheFirst = (statements + PAGE - 1) / PAGE;
			assertThat(statements).as("a month of more than three pages").isGreaterThan(3 * PAGE);
			assertThat(pagesAfterTheFirst).as("read at once")
				.isLessThanOrEqualTo(this.qinceProperties.maxConcurrency());
			while (gate.waiting() < pagesAfterTheFirst && !run.isDone()) {
				assertThat(System.nanoTime()).as(pagesAfterTheFirst + " pages held at once, " + gate)
					.isLessThan(deadline);
				Thread.sleep(20);
			}
			assertThat(gate.waiting()).as("pages waiting at the gate together").isEqualTo(pagesAfterTheFirst);
		}
		finally {
			gate.open();
		}
		long id = run.get(2, TimeUnit.MINUTES);

		JobExecution execution = this.jobRepository.getJobExecution(id);
		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(gate.held()).isEqualTo(pagesAfterTheFirst);
		// as many calls as one page after another: 1 before sending, then pages 1 to the
		// empty one
		assertThat(sandbox.qince().calls("queryStatement")).isEqualTo(1 + 1 + pagesAfterTheFirst);
		Map<String, String> qinceIds = sandbox.qince()
			.statements(StatementKind.GOODS)
			.stream()
			.collect(Collectors.toMap(SavedStatement::number, SavedStatement::statementId));
		assertThat(
				this.jdbc.sql("SELECT statement_no, qince_statement_id FROM statement_ledger WHERE state = 'VERIFIED'")
					.query((rs, row) -> Map.entry(rs.getString(1), rs.getString(2)))
					.list())
			.containsExactlyInAnyOrderElementsOf(qinceIds.entrySet());
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM statement_ledger").query(Long.class).single())
			.isEqualTo(statements);
		StepExecution verify = execution.getStepExecutions()
			.stream()
			.filter((step) -> step.getStepName().equals("statementVerifyStep"))
			.findFirst()
			.orElseThrow();
		assertThat(verify.getWriteCount()).isEqualTo(statements);
		assertThat(verify.getExecutionContext().getLong(QinceStatementsTasklet.LISTED)).isEqualTo(statements);
		assertThat(verify.getExecutionContext().getLong(QinceStatementsTasklet.VERIFIED)).isEqualTo(statements);
	}

	/** The execution's id (a method returning the execution would run as a test). */
	private long start() {
		try {
			return this.jobOperator.start(this.statementJob, TradeMonthRun.wholeMonth(SEPTEMBER).toJobParameters(0))
				.getId();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
