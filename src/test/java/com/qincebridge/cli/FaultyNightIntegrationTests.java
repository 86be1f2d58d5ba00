package com.qincebridge.cli;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import com.qincebridge.support.SandboxConnection;
import com.qincebridge.sandbox.DataSetSpec;
import com.qincebridge.sandbox.ErpWriteBack;
import com.qincebridge.sandbox.Fault;
import com.qincebridge.sandbox.FaultPlan;
import com.qincebridge.sandbox.Sandbox;
import com.qincebridge.sandbox.SandboxSettings;
import com.qincebridge.sandbox.SavedStatement;
import com.qincebridge.sandbox.StatementKind;
import com.qincebridge.sandbox.Trigger;
import com.qincebridge.support.BridgeIntegrationTest;
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
 * A bad night: one call in ten of every zhixdl and Qince endpoint fails, evenly an HTTP
 * 503, a 429, a dropped connection, an HTML page with 200, or a dropped connection after
 * the call took effect (a statement saved, a write-back made, the answer lost). The same
 * {@code run statement} command, run again at most twice, ends with the month a clean run
 * leaves: every statement with the same content and Qince id, saved again only where an
 * answer was lost, every write-back with the same value, made again only where an answer
 * was lost, and the same ledger.
 */
// the default tries (max-attempts), with short waits between them
@BridgeIntegrationTest(
		properties = { "bridge.erp.max-attempts=4", "bridge.qince.max-attempts=4", "bridge.erp.initial-backoff=5ms",
				"bridge.erp.max-backoff=20ms", "bridge.qince.initial-backoff=5ms", "bridge.qince.max-backoff=20ms" })
@ExtendWith(OutputCaptureExtension.class)
class FaultyNightIntegrationTests {

	@SandboxConnection
	static final Sandbox sandbox = Sandbox.start(SandboxSettings.defaults()
		.withData(DataSetSpec.defaults()
			.withSize(2000)
			.withCompanies(2)
			.withCustomersPerCompany(30)
			.withKnownCustomerShare(1.0)));

	static final double FAULT_RATE = 0.1;

	static final Fault ANSWER_LOST = Fault.timeout(Duration.ZERO).afterProcessing();

	static final List<Fault> FAULTS = List.of(Fault.httpStatus(503), Fault.httpStatus(429),
			Fault.timeout(Duration.ZERO), Fault.notJson(), ANSWER_LOST);

	/** The first run and at most two re-runs of the same command. */
	static final int MAX_RUNS = 3;

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
	void atMostTwoReRunsEndWithTheMonthOfACleanRun(CapturedOutput output) throws Exception {
		assertThat(runStatement()).isEqualTo(ExitStatus.OK);
		Month clean = Month.now(this.jdbc);
		assertThat(clean.statements()).hasSizeGreaterThanOrEqualTo(16);
		assertThat(clean.writeBacks()).hasSizeGreaterThan(1000);
		assertThat(sandbox.qince().statements(StatementKind.GOODS))
			.allSatisfy((statement) -> assertThat(statement.saveCount()).isOne());
		sandbox.reset();
		OpsTestSupport.clean(this.jdbc);

		sandbox.erp().faults().injectOneOf("*", Trigger.atRate(FAULT_RATE), FAULTS);
		sandbox.qince().faults().injectOneOf("*", Trigger.atRate(FAULT_RATE), FAULTS);
		List<Integer> exits = new ArrayList<>();
		while (exits.size() < MAX_RUNS && !exits.contains(ExitStatus.OK)) {
			exits.add(runStatement());
		}

		assertThat(exits).as(output.getErr()).endsWith(ExitStatus.OK);
		for (Fault fault : FAULTS) {
			assertThat(sandbox.erp().faults().fired("*", fault) + sandbox.qince().faults().fired("*", fault))
				.as(() -> "fired: " + fault + " in " + fired())
				.isPositive();
		}
		Month faulty = Month.now(this.jdbc);
		assertThat(faulty.statements()).isEqualTo(clean.statements());
		assertThat(faulty.writeBacks()).isEqualTo(clean.writeBacks());
		assertThat(faulty.ledger()).isEqualTo(clean.ledger());
		assertThat(faulty.writeBackLog()).isEqualTo(clean.writeBackLog());
		// a statement is saved again only when Qince took a save whose answer was lost;
		// a save is answered once, unless the run that made it found it landed instead
		long landed = this.jdbc.sql(
				"SELECT COUNT(*) FROM statement_ledger WHERE state_reason = 'accepted before the previous run stopped'")
			.query(Long.class)
			.single();
		int saves = sandbox.qince().statements(StatementKind.GOODS).stream().mapToInt(SavedStatement::saveCount).sum();
		assertThat(saves).isEqualTo(
				clean.statements().size() - landed + sandbox.qince().faults().fired("saveStatement", ANSWER_LOST));
		// a write-back is made again only when zhixdl took a call whose answer was lost
		FaultPlan erpFaults = sandbox.erp().faults();
		assertThat(sandbox.erp().writeBacks()).hasSize(clean.writeBacks().size()
				+ erpFaults.fired("update_voucher_no", ANSWER_LOST) + erpFaults.fired("update_third_id", ANSWER_LOST));
		assertThat(this.jdbc.sql("SELECT STATUS FROM BATCH_JOB_EXECUTION ORDER BY JOB_EXECUTION_ID")
			.query(String.class)
			.list()).hasSize(exits.size()).endsWith("COMPLETED");
		assertThat(OpsTestSupport.instances(this.jdbc, "statementJob")).isOne();
	}

	private static Map<String, Integer> fired() {
		Map<String, Integer> fired = new TreeMap<>();
		for (Fault fault : FAULTS) {
			for (String endpoint : List.of("query", "update_voucher_no", "update_third_id")) {
				fired.put("zhixdl " + endpoint + " " + fault, sandbox.erp().faults().fired(endpoint, fault));
			}
			for (String endpoint : List.of("getCustomers", "queryStatement", "saveStatement")) {
				fired.put("qince " + endpoint + " " + fault, sandbox.qince().faults().fired(endpoint, fault));
			}
		}
		return fired;
	}

	private int runStatement() throws Exception {
		return this.run.run(new DefaultApplicationArguments("run", "statement", "--trade-month=2025-09"));
	}

	private static String key(ErpWriteBack writeBack) {
		return writeBack.type() + " " + writeBack.kind() + " " + writeBack.id();
	}

	/**
	 * The month as Qince, zhixdl and the ledger hold it.
	 *
	 * @param statements each statement number with its Qince id and the content Qince
	 * last accepted
	 * @param writeBacks each written ERP id with every distinct value written to it
	 * @param ledger each statement of the ledger: number, state, money, hashes, Qince id
	 * @param writeBackLog each write-back recorded: target, value, state
	 */
	record Month(Map<String, String> statements, Map<String, List<String>> writeBacks, List<String> ledger,
			List<String> writeBackLog) {

		static Month now(JdbcClient jdbc) {
			Map<String, String> statements = new TreeMap<>();
			for (SavedStatement statement : sandbox.qince().statements(StatementKind.GOODS)) {
				statements.put(statement.number(), statement.statementId() + " " + statement.content());
			}
			Map<String, List<String>> writeBacks = sandbox.erp()
				.writeBacks()
				.stream()
				.collect(Collectors.groupingBy(FaultyNightIntegrationTests::key, TreeMap::new,
						Collectors.collectingAndThen(Collectors.mapping(ErpWriteBack::value, Collectors.toSet()),
								(values) -> values.stream().sorted().toList())));
			List<String> ledger = jdbc.sql("""
					SELECT CONCAT_WS(' ', statement_no, kind, company_code, customer_code, trade_month, state,
						begin_balance, shipments, returns_amount, receipts, end_balance, total_amount, line_count,
						trade_count, content_hash, sent_hash, qince_statement_id)
					FROM statement_ledger ORDER BY statement_no""").query(String.class).list();
			List<String> writeBackLog = jdbc.sql("""
					SELECT CONCAT_WS(' ', business_type, target, target_id, written_value, statement_no, state)
					FROM erp_writeback ORDER BY business_type, target, target_id""").query(String.class).list();
			return new Month(statements, writeBacks, ledger, writeBackLog);
		}

	}

}
