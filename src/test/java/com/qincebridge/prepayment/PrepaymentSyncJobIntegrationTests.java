package com.qincebridge.prepayment;

import java.util.List;
import java.util.Map;

import com.qincebridge.support.BridgeIntegrationTest;
import com.qincebridge.support.SandboxConnection;
import com.qincebridge.sandbox.Sandbox;
import com.qincebridge.qince.PrepaymentReversal;
import com.qincebridge.qince.PrepaymentVariant;
import com.qincebridge.qince.QinceClient;
import com.qincebridge.sandbox.Fault;
import com.qincebridge.sandbox.PrepaymentKind;
import com.qincebridge.sandbox.QinceSimulator;
import com.qincebridge.sandbox.Trigger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.JobRepositoryTestUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.qincebridge.prepayment.PrepaymentSandbox.apply;
import static com.qincebridge.prepayment.PrepaymentSandbox.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The {@code prepayment-sync} job and the prepayment pushes against the sandbox, on the
 * real database: two incremental runs with changes between them, a reversal pair, and
 * pushes that leave the ledger a sync alone would.
 */
@BridgeIntegrationTest(properties = { "bridge.prepayment.page-size=2", "bridge.prepayment.chunk-size=2" })
class PrepaymentSyncJobIntegrationTests {

	static final String LEDGER = "SELECT prepayment_code, variant, prepayment_name, create_time, creator_account, "
			+ "prepayment_amount, flow_status, audit_time, reverse_status, reverser_account, reverse_time, remark, "
			+ "reversal_of, reversed_by, deleted FROM prepayment ORDER BY prepayment_code";

	static final String LINES = "SELECT line_id, prepayment_code, activity_code, activity_cm_id, prepayment_amount, "
			+ "verified_amount, ext_data FROM prepayment_line ORDER BY line_id";

	@SandboxConnection
	static final Sandbox sandbox = PrepaymentSandbox.sandbox;

	@Autowired
	JobOperator jobOperator;

	@Autowired
	JobOperatorTestUtils jobOperatorTestUtils;

	@Autowired
	JobRepositoryTestUtils jobRepositoryTestUtils;

	@Autowired
	Job prepaymentSyncJob;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	QinceClient qince;

	@Autowired
	PrepaymentPushes pushes;

	QinceSimulator simulator = sandbox.qince();

	@BeforeEach
	void clean() {
		sandbox.reset();
		this.jobRepositoryTestUtils.removeJobExecutions();
		this.jobOperatorTestUtils.setJob(this.prepaymentSyncJob);
		at("2025-10-01 09:00:00");
		clearLedger();
	}

	void clearLedger() {
		for (String table : List.of("prepayment", "prepayment_line", "prepayment_end_record",
				"prepayment_sync_state")) {
			this.jdbc.sql("DELETE FROM " + table).update();
		}
	}

	@Test
	void secondRunReadsOnlyWhatChangedSinceTheFirstRunsWindowEnded() throws Exception {
		this.qince.addPrepayment(PrepaymentVariant.AP_CP, apply("A1", "SQ1", "cm1", "100.00", "cm2", "50.50"));
		this.qince.addPrepayment(PrepaymentVariant.ONLINE_COST, apply("B1", "SQ2", "cm3", "30.00"));
		this.qince.addPrepayment(PrepaymentVariant.AP_CP, apply("A2", "SQ1", "cm4", "7.00"));
		this.simulator.addEndRecord(PrepaymentKind.AP_CP, endRecord("GB1", "2025-10-01 09:30:00", "SQ1", "12.00"));
		this.simulator.addEndRecord(PrepaymentKind.ONLINE_COST, endRecord("GB2", "2025-10-01 09:31:00", "SQ2", "3.00"));

		assertThat(this.jobOperatorTestUtils.startJob(syncTo("2025-10-01 10:00:00")).getStatus())
			.isEqualTo(BatchStatus.COMPLETED);

		assertThat(codesAndAmounts()).containsExactly("A1 AP_CP 150.5000 0", "A2 AP_CP 7.0000 0",
				"B1 ONLINE_COST 30.0000 0");
		assertThat(this.jdbc
			.sql("SELECT prepayment_code, activity_cm_id, prepayment_amount, ext_data "
					+ "FROM prepayment_line ORDER BY activity_cm_id")
			.query()
			.listOfRows())
			.extracting((row) -> row.get("prepayment_code") + " " + row.get("activity_cm_id") + " "
					+ row.get("prepayment_amount") + " " + row.get("ext_data"))
			.containsExactly("A1 cm1 100.0000 {\"文本1\":\"v0\"}", "A1 cm2 50.5000 {\"文本1\":\"v2\"}",
					"B1 cm3 30.0000 {\"文本1\":\"v0\"}", "A2 cm4 7.0000 {\"文本1\":\"v0\"}");
		assertThat(this.jdbc
			.sql("SELECT variant, end_code, activity_code, end_amount FROM prepayment_end_record "
					+ "ORDER BY end_code")
			.query()
			.listOfRows())
			.extracting((row) -> row.get("variant") + " " + row.get("end_code") + " " + row.get("activity_code") + " "
					+ row.get("end_amount"))
			.containsExactly("AP_CP GB1 SQ1 12.0000", "ONLINE_COST GB2 SQ2 3.0000");
		assertThat(syncedTo()).isEqualTo("2025-10-01 10:00:00");
		// pages of 2 rows: A1's two lines take a second, empty page
		assertThat(this.simulator.calls("queryDetailList")).isEqualTo(3);
		assertThat(this.simulator.calls("queryOnlineCostDetailList")).isEqualTo(1);

		at("2025-10-02 08:00:00");
		this.simulator.setFlowStatus("A1", "1");
		this.qince.addPrepayment(PrepaymentVariant.ONLINE_COST, apply("B2", "SQ2", "cm5", "1.25"));

		assertThat(this.jobOperatorTestUtils.startJob(syncTo("2025-10-02 10:00:00")).getStatus())
			.isEqualTo(BatchStatus.COMPLETED);

		assertThat(codesAndAmounts()).containsExactly("A1 AP_CP 150.5000 1", "A2 AP_CP 7.0000 0",
				"B1 ONLINE_COST 30.0000 0", "B2 ONLINE_COST 1.2500 0");
		assertThat(this.simulator.calls("queryDetailList")).as("only A1 read again").isEqualTo(5);
		assertThat(this.simulator.calls("queryOnlineCostDetailList")).as("only B2 read").isEqualTo(2);
		assertThat(syncedTo()).isEqualTo("2025-10-02 10:00:00");
	}

	@Test
	void aReversalKeepsBothDocumentsAndLinksThem() throws Exception {
		this.qince.addPrepayment(PrepaymentVariant.AP_CP, apply("A1", "SQ1", "cm1", "100.00", "cm2", "50.50"));
		this.qince.addPrepayment(PrepaymentVariant.AP_CP, apply("A2", "SQ1", "cm4", "100.00", "cm5", "50.50"));
		at("2025-10-01 09:10:00");
		this.qince.reversePrepayment(PrepaymentVariant.AP_CP,
				new PrepaymentReversal("A1", "fin02", "2025-10-01 09:10:00"));
		String red = this.simulator.prepayment("A1").orElseThrow().reversedBy();

		assertThat(this.jobOperatorTestUtils.startJob(syncTo("2025-10-01 10:00:00")).getStatus())
			.isEqualTo(BatchStatus.COMPLETED);

		assertThat(this.jdbc
			.sql("SELECT prepayment_code, prepayment_amount, reverse_status, reversal_of, reversed_by "
					+ "FROM prepayment ORDER BY create_time, prepayment_code")
			.query()
			.listOfRows())
			.extracting((row) -> row.get("prepayment_code") + " " + row.get("prepayment_amount") + " "
					+ row.get("reverse_status") + " " + row.get("reversal_of") + " " + row.get("reversed_by"))
			.containsExactly("A1 150.5000 1 null " + red, "A2 150.5000  null null", red + " -150.5000 2 A1 null");
		assertThat(this.jdbc
			.sql("SELECT prepayment_amount FROM prepayment_line WHERE prepayment_code = ? "
					+ "ORDER BY prepayment_amount")
			.param(red)
			.query(String.class)
			.list()).containsExactly("-100.0000", "-50.5000");
	}

	@Test
	void pushesLeaveTheLedgerTheSyncLeavesInWhateverOrderTheyCome() throws Exception {
		this.qince.addPrepayment(PrepaymentVariant.AP_CP, apply("A1", "SQ1", "cm1", "100.00"));
		this.qince.addPrepayment(PrepaymentVariant.ONLINE_COST, apply("B1", "SQ2", "cm3", "30.00"));
		at("2025-10-01 09:05:00");
		this.qince.reversePrepayment(PrepaymentVariant.ONLINE_COST, new PrepaymentReversal("B1", "fin02", null));
		String red = this.simulator.prepayment("B1").orElseThrow().reversedBy();
		assertThat(this.jobOperatorTestUtils.startJob(syncTo("2025-10-01 10:00:00")).getStatus())
			.isEqualTo(BatchStatus.COMPLETED);
		List<Map<String, Object>> syncAlone = this.jdbc.sql(LEDGER).query().listOfRows();
		List<Map<String, Object>> syncAloneLines = this.jdbc.sql(LINES).query().listOfRows();
		clearLedger();

		for (String code : List.of(red, "A1", "B1", red, "A1")) {
			assertThat(push(code).done()).isTrue();
		}

		assertThat(this.jdbc.sql(LEDGER).query().listOfRows()).as("the variant too, read from Qince")
			.isEqualTo(syncAlone);
		assertThat(this.jdbc.sql(LINES).query().listOfRows()).isEqualTo(syncAloneLines);
	}

	@Test
	void aLateChangePushOfAnOldStateLeavesWhatQinceListsNow() throws Exception {
		this.qince.addPrepayment(PrepaymentVariant.AP_CP, apply("A1", "SQ1", "cm1", "100.00"));
		String oldData = this.simulator.prepaymentChangedPush("A1").data();
		this.simulator.setFlowStatus("A1", "1");
		assertThat(push("A1").done()).isTrue();

		// the push of the state before the approval, delivered late: it only names A1
		assertThat(PrepaymentPushes.prepaymentCode(PrepaymentPushes.CHANGED, oldData)).isEqualTo("A1");
		assertThat(push("A1").done()).isTrue();

		assertThat(codesAndAmounts()).containsExactly("A1 AP_CP 100.0000 1");
	}

	@Test
	void deletePushMarksThePrepaymentDeletedOnceQinceListsItNoMore() throws Exception {
		this.qince.addPrepayment(PrepaymentVariant.AP_CP, apply("A1", "SQ1", "cm1", "100.00"));
		this.qince.addPrepayment(PrepaymentVariant.ONLINE_COST, apply("B1", "SQ2", "cm3", "30.00"));
		assertThat(this.jobOperatorTestUtils.startJob(syncTo("2025-10-01 10:00:00")).getStatus())
			.isEqualTo(BatchStatus.COMPLETED);

		PrepaymentPushes.Outcome early = this.pushes.refresh(PrepaymentPushes.DELETED, "A1");
		assertThat(early.done()).isFalse();
		assertThat(early.result()).startsWith("Qince still lists A1 AP_CP");
		assertThat(codesAndAmounts()).containsExactly("A1 AP_CP 100.0000 0", "B1 ONLINE_COST 30.0000 0");

		this.simulator.deletePrepayment("A1");
		this.simulator.deletePrepayment("B1");
		assertThat(this.pushes.refresh(PrepaymentPushes.DELETED, "A1").done()).isTrue();
		assertThat(this.pushes.refresh(PrepaymentPushes.DELETED, "A1").done()).isTrue();
		assertThat(this.pushes.refresh(PrepaymentPushes.DELETED, "B1").done()).isTrue();
		PrepaymentPushes.Outcome changeOfDeleted = push("B1");

		assertThat(changeOfDeleted.done()).isFalse();
		assertThat(changeOfDeleted.result()).isEqualTo("Qince lists no prepayment B1: the ledger is unchanged");
		assertThat(codesAndAmounts()).containsExactly("A1 AP_CP 100.0000 0 deleted",
				"B1 ONLINE_COST 30.0000 0 deleted");
	}

	@Test
	void aFailedSyncKeepsItsWindowAndTheRestartCompletesIt() throws Exception {
		this.qince.addPrepayment(PrepaymentVariant.AP_CP, apply("A1", "SQ1", "cm1", "100.00"));
		this.qince.addPrepayment(PrepaymentVariant.ONLINE_COST, apply("B1", "SQ2", "cm3", "30.00"));
		this.simulator.faults().inject("queryOnlineCostDetailList", Fault.httpStatus(500), Trigger.onCall(1));

		JobExecution failed = this.jobOperatorTestUtils.startJob(syncTo("2025-10-01 10:00:00"));
		assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(codesAndAmounts()).containsExactly("A1 AP_CP 100.0000 0");
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM prepayment_sync_state").query(Long.class).single())
			.as("the window's end is not saved")
			.isZero();

		at("2025-10-01 11:00:00");
		JobExecution restarted = this.jobOperator.restart(failed);

		assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(codesAndAmounts()).containsExactly("A1 AP_CP 100.0000 0", "B1 ONLINE_COST 30.0000 0");
		assertThat(syncedTo()).as("the same window").isEqualTo("2025-10-01 10:00:00");
		assertThat(this.simulator.calls("queryDetailList")).as("the AP/CP step is not run again").isOne();
	}

	@Test
	void pushesThatAreNotPrepaymentsAreRefusedAndChangeNothing() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> PrepaymentPushes.prepaymentCode(PrepaymentPushes.CHANGED, "{"))
			.withMessageStartingWith("cuxiao_verify_display push data is not JSON");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> PrepaymentPushes.prepaymentCode(PrepaymentPushes.DELETED, "{\"prepayment_code\":\"\"}"))
			.withMessage("cuxiao_prepayment_delete push data has no prepayment_code");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> PrepaymentPushes.prepaymentCode(PrepaymentPushes.CHANGED,
					"{\"prepayment_code\":\"A1\",\"details\":\"none\"}"))
			.withMessage("cuxiao_verify_display push data has details that are not a list");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> PrepaymentPushes.prepaymentCode(PrepaymentPushes.DELETED,
					"{\"customer_code\":\"C1\",\"start_date\":\"2025-09-01\"}"))
			.withMessage("cuxiao_prepayment_delete push data has no prepayment_code");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> PrepaymentPushes.prepaymentCode("ksf_statement", "{\"prepayment_code\":\"A1\"}"))
			.withMessage("not a prepayment push: ksf_statement");
		assertThat(PrepaymentPushes.handles("cuxiao_verify_display")).isTrue();
		assertThat(PrepaymentPushes.handles("cuxiao_prepayment_delete")).isTrue();
		assertThat(PrepaymentPushes.handles("ksf_statement")).isFalse();
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM prepayment").query(Long.class).single()).isZero();
	}

	private PrepaymentPushes.Outcome push(String code) {
		return this.pushes.refresh(PrepaymentPushes.CHANGED, code);
	}

	/** The parameters of a sync up to a time, the first sync of that window. */
	private static JobParameters syncTo(String to) {
		return new PrepaymentSyncRun(false, to).toJobParameters(0);
	}

	private List<String> codesAndAmounts() {
		return this.jdbc
			.sql("SELECT prepayment_code, variant, prepayment_amount, flow_status, deleted "
					+ "FROM prepayment ORDER BY prepayment_code")
			.query((rs, row) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) + " " + rs.getString(4)
					+ ((rs.getInt(5) == 1) ? " deleted" : ""))
			.list();
	}

	private String syncedTo() {
		return this.jdbc.sql("SELECT synced_to FROM prepayment_sync_state").query(String.class).single();
	}

	private static ObjectNode endRecord(String endCode, String createTime, String activityCode, String endAmount) {
		return JsonNodeFactory.instance.objectNode()
			.put("end_code", endCode)
			.put("create_time", createTime)
			.put("activity_code", activityCode)
			.put("supplier_code", "S1")
			.put("supplier_name", "供应商一")
			.put("end_amount", endAmount);
	}

}
