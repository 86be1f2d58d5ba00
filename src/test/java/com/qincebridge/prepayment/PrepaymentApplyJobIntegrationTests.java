package com.qincebridge.prepayment;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.qincebridge.support.BridgeIntegrationTest;
import com.qincebridge.support.SandboxConnection;
import com.qincebridge.sandbox.Sandbox;
import com.qincebridge.sandbox.ErpDocumentLine;
import com.qincebridge.sandbox.ErpDocumentType;
import com.qincebridge.sandbox.ErpWriteBack;
import com.qincebridge.sandbox.Fault;
import com.qincebridge.sandbox.PrepaymentKind;
import com.qincebridge.sandbox.QincePrepayment;
import com.qincebridge.sandbox.QinceSimulator;
import com.qincebridge.sandbox.Trigger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.JsonNodeFactory;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.test.JobRepositoryTestUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code prepayment-apply} job against the sandbox, on the real database: a file with
 * a two-line prepayment, one without a code, a malformed row, a reversal and a row
 * Qince's rules refuse; the same file again; a run that fails between Qince creating a
 * prepayment and the commit, resumed.
 */
@BridgeIntegrationTest(properties = { "bridge.prepayment.page-size=2", "bridge.prepayment.chunk-size=2" })
class PrepaymentApplyJobIntegrationTests {

	@SandboxConnection
	static final Sandbox sandbox = PrepaymentSandbox.sandbox;

	@TempDir
	Path dir;

	@Autowired
	JobOperator jobOperator;

	@Autowired
	Job prepaymentApplyJob;

	@Autowired
	Job prepaymentSyncJob;

	@Autowired
	PrepaymentReconciliation reconciliation;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JobRepositoryTestUtils jobRepositoryTestUtils;

	/**
	 * The runs of the file this test started; each test starts on an empty job
	 * repository.
	 */
	long applies;

	QinceSimulator qince = sandbox.qince();

	List<String> erpDetails;

	Path file;

	@BeforeEach
	void clean() throws Exception {
		sandbox.reset();
		this.jobRepositoryTestUtils.removeJobExecutions();
		PrepaymentSandbox.at("2025-10-01 09:00:00");
		for (String table : List.of("prepayment_apply", "prepayment_apply_row", "prepayment_erp_link", "prepayment",
				"prepayment_line", "prepayment_end_record", "prepayment_sync_state")) {
			this.jdbc.sql("DELETE FROM " + table).update();
		}
		this.erpDetails = sandbox.erp()
			.data()
			.lines()
			.filter((line) -> line.type() == ErpDocumentType.FB_PAYMENT)
			.map(ErpDocumentLine::detailId)
			.limit(3)
			.toList();
		this.file = this.dir.resolve("prepayments-2025-10.csv");
		Files.writeString(this.file,
				String.join("\n",
						"action,variant,code,name,account,remark,activity_code,"
								+ "activity_cm_id,amount,ext_fields,erp_detail_id,reverse_time",
						"ADD,AP_CP,P1,促销一,fin01,\"十月, 第一批\",SQ1,cm1,100.00,文本1=a,%s,".formatted(this.erpDetails.get(0)),
						"ADD,AP_CP,P1,促销一,fin01,,SQ1,cm2,20.5,,%s,".formatted(this.erpDetails.get(1)),
						"ADD,ONLINE_COST,,线上,fin01,,SQ2,cm3,30.00,,%s,".formatted(this.erpDetails.get(2)),
						"ADD,AP_CP,P2,坏行,fin01,,SQ1,cm4,abc,,,", "ADD,AP_CP,P3,促销三,fin01,,SQ3,,15.00,,,",
						"REVERSE,AP_CP,P3,,fin02,,,,,,,2025-10-01 12:00:00", "ADD,ONLINE_COST,P4,线上四,,,SQ4,cm5,1.00,,,")
						+ "\n",
				StandardCharsets.UTF_8);
	}

	@Test
	void eachRowIsAppliedLinkedOrReportedAndTheResultFileSaysWhich() throws Exception {
		JobExecution run = this.jobOperator.start(this.prepaymentApplyJob, nextApply());

		assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		String generated = onlineCostCode();
		assertThat(generated).matches("QB[0-9A-F]{24}");
		assertThat(result()).isEqualTo("""
				line,code,outcome,reason
				2,P1,APPLIED,
				3,P1,APPLIED,
				4,%s,APPLIED,
				5,P2,FAILED,"amount is not a decimal number: ""abc""\"
				6,P3,APPLIED,
				7,P3,REVERSED,
				8,P4,FAILED,qince cuxiaoPrepayment/addOnlineCostApply: account is required
				""".formatted(generated));
		QincePrepayment p1 = this.qince.prepayment("P1").orElseThrow();
		assertThat(p1.remark()).isEqualTo("十月, 第一批");
		assertThat(p1.lines()).extracting((line) -> line.activityCmId() + " " + line.amount() + " " + line.extData())
			.containsExactly("cm1 100.00 {\"文本1\":\"a\",\"ERP付款单\":\"" + this.erpDetails.get(0) + "\"}",
					"cm2 20.50 {\"ERP付款单\":\"" + this.erpDetails.get(1) + "\"}");
		assertThat(this.qince.prepayment(generated).orElseThrow().amount()).isEqualByComparingTo("30.00");
		assertThat(this.qince.prepayment("P3").orElseThrow().reverseStatus()).isEqualTo("1");
		assertThat(this.qince.prepayment("P2")).isEmpty();
		assertThat(this.qince.prepayment("P4")).isEmpty();
		assertThat(sandbox.erp().writeBacks()).extracting((back) -> back.type() + " " + back.id() + " " + back.value())
			.containsExactlyInAnyOrder("FB_PAYMENT " + this.erpDetails.get(0) + " P1",
					"FB_PAYMENT " + this.erpDetails.get(1) + " P1",
					"FB_PAYMENT " + this.erpDetails.get(2) + " " + generated);
	}

	@Test
	void theSameFileAgainCreatesNothingAndSaysSo() throws Exception {
		assertThat(this.jobOperator.start(this.prepaymentApplyJob, nextApply()).getStatus())
			.isEqualTo(BatchStatus.COMPLETED);
		int adds = this.qince.calls("addApply") + this.qince.calls("addOnlineCostApply");

		assertThat(this.jobOperator.start(this.prepaymentApplyJob, nextApply()).getStatus())
			.isEqualTo(BatchStatus.COMPLETED);

		assertThat(this.qince.calls("addApply") + this.qince.calls("addOnlineCostApply")).isEqualTo(adds);
		assertThat(this.qince.calls("reverseApply")).isOne();
		assertThat(this.qince.prepayments(PrepaymentKind.AP_CP)).hasSize(3);
		assertThat(this.qince.prepayments(PrepaymentKind.ONLINE_COST)).hasSize(1);
		assertThat(result()).contains("2,P1,APPLIED,applied by an earlier run\n",
				"7,P3,REVERSED,reversed by an earlier run\n");
		assertThat(sandbox.erp().writeBacks()).hasSize(3)
			.allSatisfy((back) -> assertThat(back.repeat()).as(back.id()).isOne());
	}

	@Test
	void aRunFailingBetweenQinceCreatingAndTheCommitResumesAndAppliesEachRowOnce() throws Exception {
		// the online-cost prepayment is stored by Qince, then its answer is lost
		this.qince.faults().inject("addOnlineCostApply", Fault.acceptThenFail(), Trigger.onCall(1));

		JobExecution failed = this.jobOperator.start(this.prepaymentApplyJob, nextApply());
		assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(this.qince.prepayments(PrepaymentKind.ONLINE_COST)).hasSize(1);

		JobExecution resumed = this.jobOperator.restart(failed);

		assertThat(resumed.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(this.qince.calls("addApply")).as("P1 and P3, once each").isEqualTo(2);
		assertThat(this.qince.calls("addOnlineCostApply")).isOne();
		assertThat(this.qince.prepayments(PrepaymentKind.AP_CP)).extracting(QincePrepayment::amount)
			.containsExactlyInAnyOrder(new BigDecimal("120.50"), new BigDecimal("15.00"), new BigDecimal("-15.00"));
		assertThat(this.qince.prepayments(PrepaymentKind.ONLINE_COST)).hasSize(1);
		assertThat(sandbox.erp().writeBacks()).hasSize(3).allSatisfy((back) -> {
			assertThat(back.kind()).isEqualTo(ErpWriteBack.Kind.THIRD_ID);
			assertThat(back.repeat()).isOne();
		});
		String generated = onlineCostCode();
		// P1 was in flight with the failed create: its outcome is recorded, never
		// repeated
		assertThat(result()).startsWith("""
				line,code,outcome,reason
				2,P1,APPLIED,
				3,P1,APPLIED,
				4,%s,APPLIED,created by an earlier attempt
				5,P2,FAILED,""".formatted(generated)).contains("6,P3,APPLIED,\n7,P3,REVERSED,\n");
	}

	@Test
	void aFileChangedAfterAFailedRunIsNotResumedAndSaysHowToApplyItAsItIs() throws Exception {
		this.qince.faults().inject("addOnlineCostApply", Fault.acceptThenFail(), Trigger.onCall(1));
		JobExecution failed = this.jobOperator.start(this.prepaymentApplyJob, nextApply());
		assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
		long callsBefore = this.qince.calls("addApply");
		// finance fixes a row and saves the file again
		Files.writeString(this.file, Files.readString(this.file, StandardCharsets.UTF_8) + "\n",
				StandardCharsets.UTF_8);

		JobExecution refused = this.jobOperator.restart(failed);

		assertThat(refused.getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(refused.getAllFailureExceptions()).singleElement()
			.satisfies((ex) -> assertThat(ex).hasMessage(this.file
					+ " changed since this run started, so it cannot be resumed; apply the file as it is now with"
					+ " run prepayment-apply --file=" + this.file + " --rerun"));
		assertThat(this.qince.calls("addApply")).as("nothing applied from the changed file").isEqualTo(callsBefore);
	}

	@Test
	void reconciliationSetsWhatQinceShowsPerActivityAgainstWhatTheErpPaid() throws Exception {
		assertThat(this.jobOperator.start(this.prepaymentApplyJob, nextApply()).getStatus())
			.isEqualTo(BatchStatus.COMPLETED);
		this.qince.setFlowStatus("P1", "1");
		this.qince.setFlowStatus("P3", "1");
		this.qince.addEndRecord(PrepaymentKind.AP_CP,
				JsonNodeFactory.instance.objectNode()
					.put("end_code", "GB1")
					.put("create_time", "2025-10-01 09:00:00")
					.put("activity_code", "SQ1")
					.put("supplier_code", "S1")
					.put("end_amount", "5.00"));
		assertThat(this.jobOperator
			.start(this.prepaymentSyncJob, new PrepaymentSyncRun(false, "2025-10-01 10:00:00").toJobParameters(0))
			.getStatus()).isEqualTo(BatchStatus.COMPLETED);

		assertThat(this.reconciliation.rows()).extracting(PrepaymentReconciliation.Row::toString)
			.containsExactly(
					"Row[activityCode=SQ1, supplierCode=S1, applied=120.50, prepaid=120.50, verified=0.00, closed=5.00, erpPaid=120.50]",
					"Row[activityCode=SQ2, supplierCode=, applied=30.00, prepaid=0.00, verified=0.00, closed=0.00, erpPaid=30.00]",
					"Row[activityCode=SQ3, supplierCode=, applied=0.00, prepaid=0.00, verified=0.00, closed=0.00, erpPaid=0.00]");
		assertThat(this.reconciliation.rows()).extracting((row) -> row.difference().toPlainString())
			.containsExactly("0.00", "30.00", "0.00");
		assertThat(this.reconciliation.render()).startsWith("activity").contains("SQ2").contains("30.00");
	}

	@Test
	void aFullyReversedPrepaymentThatWasNeverApprovedNetsToZeroInTheReconciliation() throws Exception {
		assertThat(this.jobOperator.start(this.prepaymentApplyJob, nextApply()).getStatus())
			.isEqualTo(BatchStatus.COMPLETED);
		// P3 (15.00 for SQ3) was reversed before approval; Qince approves the red
		// document itself
		assertThat(this.qince.prepayment("P3").orElseThrow().flowStatus()).isNotEqualTo("1");
		assertThat(this.jobOperator
			.start(this.prepaymentSyncJob, new PrepaymentSyncRun(false, "2025-10-01 10:00:00").toJobParameters(0))
			.getStatus()).isEqualTo(BatchStatus.COMPLETED);

		assertThat(this.reconciliation.rows()).filteredOn((row) -> row.activityCode().equals("SQ3"))
			.singleElement()
			.hasToString("Row[activityCode=SQ3, supplierCode=, applied=0.00, prepaid=0.00, verified=0.00, "
					+ "closed=0.00, erpPaid=0.00]")
			.satisfies((row) -> assertThat(row.difference()).isEqualByComparingTo("0.00"));
	}

	@Test
	void aNewRunOfAShorterFileReportsOnlyItsOwnRows() throws Exception {
		assertThat(this.jobOperator.start(this.prepaymentApplyJob, nextApply()).getExitStatus().getExitCode())
			.isEqualTo(PrepaymentApplyFiles.ROWS_NEED_ATTENTION);
		Files.writeString(this.file,
				String.join("\n",
						"action,variant,code,name,account,remark,activity_code,"
								+ "activity_cm_id,amount,ext_fields,erp_detail_id,reverse_time",
						"ADD,AP_CP,P3,促销三,fin01,,SQ3,,15.00,,,") + "\n",
				StandardCharsets.UTF_8);

		JobExecution again = this.jobOperator.start(this.prepaymentApplyJob, nextApply());

		assertThat(again.getExitStatus().getExitCode()).isEqualTo("COMPLETED");
		assertThat(result()).isEqualTo("""
				line,code,outcome,reason
				2,P3,APPLIED,applied by an earlier run
				""");
	}

	/**
	 * The parameters of this test's next run of its file, a new job instance: no
	 * {@code rerun} for the first, then 1, 2, … (as {@code run --rerun} numbers them).
	 */
	private JobParameters nextApply() {
		return new PrepaymentApplyRun(this.file).toJobParameters(this.applies++);
	}

	/** The result file, which starts with a BOM and has CRLF line ends, without them. */
	private String result() throws Exception {
		String text = Files.readString(this.dir.resolve("prepayments-2025-10.csv.result.csv"), StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFFline,code,outcome,reason\r\n");
		return text.substring(1).replace("\r\n", "\n");
	}

	private String onlineCostCode() {
		return this.qince.prepayments(PrepaymentKind.ONLINE_COST).get(0).code();
	}

}
