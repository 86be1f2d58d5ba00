package com.qincebridge.cli;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.qincebridge.support.BridgeIntegrationTest;
import com.qincebridge.support.SandboxConnection;
import com.qincebridge.files.TableReader;
import com.qincebridge.files.TableRow;
import com.qincebridge.files.TableWriter;
import com.qincebridge.qince.PrepaymentApply;
import com.qincebridge.qince.PrepaymentApplyDetail;
import com.qincebridge.qince.PrepaymentVariant;
import com.qincebridge.qince.QinceClient;
import com.qincebridge.sandbox.ErpDocumentType;
import com.qincebridge.sandbox.Fault;
import com.qincebridge.sandbox.PrepaymentKind;
import com.qincebridge.sandbox.Sandbox;
import com.qincebridge.sandbox.SandboxSettings;
import com.qincebridge.sandbox.Trigger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code run prepayment-sync} and {@code run prepayment-apply} as an operator uses them:
 * hyphenated job names, a sync that continues on every call and resumes a failed one, a
 * file applied once unless --rerun, whose re-run creates nothing twice.
 */
@BridgeIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class PrepaymentRunCommandIntegrationTests {

	static final String HEADER = "action,variant,code,name,account,remark,activity_code,activity_cm_id,amount,"
			+ "ext_fields,erp_detail_id,reverse_time\n";

	@SandboxConnection
	static final Sandbox sandbox = Sandbox.start(SandboxSettings.defaults());

	@AfterAll
	static void stop() {
		sandbox.close();
	}

	@TempDir
	Path dir;

	@Autowired
	RunCommand run;

	@Autowired
	QinceClient qince;

	@Autowired
	StatusCommand status;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void clean() {
		sandbox.reset();
		for (String table : List.of("BATCH_STEP_EXECUTION_CONTEXT", "BATCH_STEP_EXECUTION",
				"BATCH_JOB_EXECUTION_CONTEXT", "BATCH_JOB_EXECUTION_PARAMS", "BATCH_JOB_EXECUTION",
				"BATCH_JOB_INSTANCE", "prepayment", "prepayment_line", "prepayment_sync_state", "prepayment_apply",
				"prepayment_erp_link", "prepayment_end_record", "prepayment_apply_row")) {
			this.jdbc.sql("DELETE FROM " + table).update();
		}
	}

	@Test
	void everySyncStartsANewRunAndAFailedOneIsResumed(CapturedOutput output) throws Exception {
		this.qince.addPrepayment(PrepaymentVariant.AP_CP, new PrepaymentApply("C1", "促销", "fin01", null,
				List.of(new PrepaymentApplyDetail("SQ1", "cm1", "10.00", null))));

		assertThat(run("run", "prepayment-sync")).isEqualTo(ExitStatus.OK);
		assertThat(run("run", "prepayment-sync")).isEqualTo(ExitStatus.OK);
		assertThat(output.getOut()).contains("Starting prepayment-sync.", "Starting prepayment-sync (run 2).")
			.containsPattern("activity +supplier +applied +prepaid +verified +closed +erp_paid +difference\n"
					+ "SQ1 +10\\.00 +0\\.00 +0\\.00 +0\\.00 +0\\.00 +0\\.00\n");

		sandbox.qince().faults().inject("queryList", Fault.httpStatus(500), Trigger.always());
		assertThat(run("run", "prepayment-sync")).isEqualTo(ExitStatus.FAILED);
		assertThat(output.getErr()).contains("prepaymentSyncJob execution").contains("ended FAILED");
		sandbox.qince().faults().clear();
		assertThat(run("run", "prepayment-sync")).isEqualTo(ExitStatus.OK);
		assertThat(output.getOut()).contains("Resuming prepayment-sync from its checkpoint");
		assertThat(instances("prepaymentSyncJob")).isEqualTo(3);
		assertThat(this.jdbc.sql("SELECT prepayment_code FROM prepayment").query(String.class).list())
			.containsExactly("C1");
	}

	@Test
	void aFileIsAppliedOnceAndAgainOnlyWithRerunCreatingNothingTwice(CapturedOutput output) throws Exception {
		Path file = this.dir.resolve("finance.csv");
		Files.writeString(file,
				"action,variant,code,name,account,remark,activity_code,activity_cm_id,amount,"
						+ "ext_fields,erp_detail_id,reverse_time\nADD,AP_CP,F1,促销,fin01,,SQ1,cm1,10.00,,,\n",
				StandardCharsets.UTF_8);

		assertThat(run("run", "prepayment-apply")).isEqualTo(ExitStatus.USAGE);
		assertThat(output.getErr()).contains("--file=path.csv (or .xlsx) is required");
		assertThat(run("run", "prepayment-apply", "--file=" + file)).isEqualTo(ExitStatus.OK);
		assertThat(run("run", "prepayment-apply", "--file=" + file)).isEqualTo(ExitStatus.OK);
		assertThat(output.getOut()).contains("already completed");
		assertThat(run("run", "prepayment-apply", "--file=" + file, "--rerun")).isEqualTo(ExitStatus.OK);

		assertThat(sandbox.qince().prepayments(PrepaymentKind.AP_CP)).hasSize(1);
		assertThat(sandbox.qince().calls("addApply")).isOne();
		assertThat(Files.readString(this.dir.resolve("finance.csv.result.csv")))
			.isEqualTo("\uFEFFline,code,outcome,reason\r\n2,F1,APPLIED,applied by an earlier run\r\n");
		assertThat(instances("prepaymentApplyJob")).isEqualTo(2);
	}

	@Test
	void anApplyRunWhoseProcessDiedIsRecoveredAndAppliesEachRowOnce(CapturedOutput output) throws Exception {
		Path file = this.dir.resolve("finance.csv");
		Files.writeString(file,
				"action,variant,code,name,account,remark,activity_code,activity_cm_id,amount,"
						+ "ext_fields,erp_detail_id,reverse_time\nADD,AP_CP,F1,一,fin01,,SQ1,cm1,1.00,,,\n"
						+ "ADD,ONLINE_COST,F2,二,fin01,,SQ1,cm2,2.00,,,\nADD,AP_CP,F3,三,fin01,,SQ1,cm3,3.00,,,\n",
				StandardCharsets.UTF_8);
		// F2 is stored by Qince, then its answer is lost and the process dies; F1 and F3,
		// in flight with it, end and are recorded
		sandbox.qince().faults().inject("addOnlineCostApply", Fault.acceptThenFail(), Trigger.onCall(1));
		assertThat(run("run", "prepayment-apply", "--file=" + file)).isEqualTo(ExitStatus.FAILED);
		sandbox.qince().faults().clear();
		markStartedLongAgo();

		assertThat(run("run", "prepayment-apply", "--file=" + file)).isEqualTo(ExitStatus.OK);

		assertThat(output.getErr()).contains("its process is gone; recovering it");
		assertThat(output.getOut()).contains("Resuming prepayment-apply " + file);
		assertThat(sandbox.qince().prepayments(PrepaymentKind.AP_CP)).extracting((prepayment) -> prepayment.code())
			.containsExactlyInAnyOrder("F1", "F3");
		assertThat(sandbox.qince().prepayments(PrepaymentKind.ONLINE_COST))
			.extracting((prepayment) -> prepayment.code())
			.containsExactly("F2");
		assertThat(sandbox.qince().calls("addApply") + sandbox.qince().calls("addOnlineCostApply")).isEqualTo(3);
		assertThat(Files.readString(this.dir.resolve("finance.csv.result.csv")).replace("\r\n", "\n")).isEqualTo("""
				\uFEFFline,code,outcome,reason
				2,F1,APPLIED,
				3,F2,APPLIED,created by an earlier attempt
				4,F3,APPLIED,
				""");
	}

	@Test
	void aFileWithFailedRowsExitsOneWithASummaryAndStatusCountsRowsNotItems(CapturedOutput output) throws Exception {
		Path file = this.dir.resolve("finance.csv");
		Files.writeString(file,
				HEADER + "ADD,AP_CP,F1,一,fin01,,SQ1,cm1,1.00,,,\n" + "ADD,AP_CP,F2,二,fin01,,SQ1,cm2,1.234,,,\n"
						+ "ADD,AP_CP,=2+5,三,fin01,,SQ1,cm3,3.00,,,\n"
						+ "ADD,AP_CP,F4,=cmd|' /C calc'!A0,fin01,,SQ1,cm4,4.00,,,\n"
						+ "ADD,AP_CP,F4,四,fin01,,SQ1,cm4,5.00,,,\n",
				StandardCharsets.UTF_8);

		assertThat(run("run", "prepayment-apply", "--file=" + file)).isEqualTo(ExitStatus.FAILED);

		assertThat(output.getOut())
			.contains("5 rows: 1 applied, 0 reversed, 0 created in Qince but not linked, 4 failed.\n"
					+ "  line 3 FAILED: amount 1.234 has more decimals than Qince keeps (2); it is not rounded: correct it in the file\n"
					+ "  line 4 FAILED: code \"=2+5\" looks like a spreadsheet formula (it starts with =); it is not sent to Qince as a code\n"
					+ "  line 5 FAILED: line 6 of this prepayment: a second line for activity SQ1 line cm4 in prepayment F4 (line 5)\n"
					+ "  line 6 FAILED: a second line for activity SQ1 line cm4 in prepayment F4 (line 5)\n")
			.contains("Result file: " + this.dir.resolve("finance.csv.result.csv"));
		assertThat(output.getErr())
			.contains("4 of 5 rows need attention (see above and the result file): correct"
					+ " the file and apply it again with --rerun")
			.doesNotContain("restart");
		assertThat(sandbox.qince().prepayments(PrepaymentKind.AP_CP)).extracting((prepayment) -> prepayment.code())
			.containsExactly("F1");
		assertThat(Files.readString(this.dir.resolve("finance.csv.result.csv"))).contains("\r\n4,'=2+5,FAILED,");

		assertThat(this.status.run(new DefaultApplicationArguments("status"))).isEqualTo(ExitStatus.OK);
		assertThat(output.getOut())
			.contains("      rows: 5 rows: 1 applied, 0 reversed, 0 created in Qince but not linked, 4 failed");
	}

	@Test
	void aPrepaymentCreatedWhoseLinkIsRefusedIsItsOwnOutcomeAndTheNextRunLinksIt(CapturedOutput output)
			throws Exception {
		Path file = this.dir.resolve("finance.csv");
		String detail = sandbox.erp()
			.data()
			.lines()
			.filter((line) -> line.type() == ErpDocumentType.FB_PAYMENT)
			.findFirst()
			.orElseThrow()
			.detailId();
		Files.writeString(file, HEADER + "ADD,AP_CP,F1,一,fin01,,SQ1,cm1,1.00,," + detail + ",\n",
				StandardCharsets.UTF_8);
		sandbox.erp().faults().inject("update_third_id", Fault.businessError("00009", "单据已锁定"), Trigger.always());

		assertThat(run("run", "prepayment-apply", "--file=" + file)).isEqualTo(ExitStatus.FAILED);
		assertThat(output.getOut())
			.contains("1 rows: 0 applied, 0 reversed, 1 created in Qince but not linked, 0 failed.")
			.contains("  line 2 CREATED_NOT_LINKED: created in Qince, link not written: ");
		sandbox.erp().faults().clear();

		assertThat(run("run", "prepayment-apply", "--file=" + file, "--rerun")).isEqualTo(ExitStatus.OK);

		assertThat(output.getOut())
			.contains("1 rows: 1 applied, 0 reversed, 0 created in Qince but not linked, 0 failed.");
		assertThat(sandbox.qince().calls("addApply")).isOne();
		assertThat(sandbox.erp().writeBacks()).extracting((back) -> back.id() + " " + back.value())
			.containsExactly(detail + " F1");
		assertThat(Files.readString(this.dir.resolve("finance.csv.result.csv")))
			.isEqualTo("\uFEFFline,code,outcome,reason\r\n2,F1,APPLIED,created by an earlier attempt\r\n");
	}

	@Test
	void aFileThatCannotBeReadIsRefusedWithExitTwoAndNoRunToRestart(CapturedOutput output) throws Exception {
		Path noHeader = Files.writeString(this.dir.resolve("no-header.csv"), "ADD,AP_CP,F1,一,fin01,,SQ1,cm1,1.00,,,\n");
		Path empty = Files.writeString(this.dir.resolve("empty.csv"), "");
		Path binary = Files.write(this.dir.resolve("binary.csv"),
				new byte[] { 'a', ',', (byte) 0xFF, (byte) 0xFE, 0x00 });

		assertThat(run("run", "prepayment-apply", "--file=" + noHeader)).isEqualTo(ExitStatus.USAGE);
		assertThat(run("run", "prepayment-apply", "--file=" + empty)).isEqualTo(ExitStatus.USAGE);
		assertThat(run("run", "prepayment-apply", "--file=" + binary)).isEqualTo(ExitStatus.USAGE);
		assertThat(run("run", "prepayment-apply", "--file=" + this.dir.resolve("missing.csv")))
			.isEqualTo(ExitStatus.USAGE);

		assertThat(output.getErr().lines()).containsExactly(noHeader + ": line 1 must be the header " + HEADER.strip(),
				empty + ": the file is empty; its first line must be the header " + HEADER.strip(),
				binary + ": the text is neither UTF-8 (line 1, column 3) nor GB18030/GBK (line 1, column 3);"
						+ " save it from Excel as \"CSV UTF-8\" or as an .xlsx workbook",
				"No such file: " + this.dir.resolve("missing.csv"));
		assertThat(instances("prepaymentApplyJob")).isZero();
	}

	@Test
	void aWorkbookIsAppliedAndItsResultComesBackAsAWorkbook() throws Exception {
		Path file = this.dir.resolve("finance.xlsx");
		try (var out = Files.newOutputStream(file)) {
			TableWriter.xlsx(out, "预付款", List.of(HEADER.strip().split(",")),
					List.of(List.of("ADD", "AP_CP", "F1", "促销", "fin01", "", "SQ1", "cm1", new BigDecimal("10"))));
		}

		assertThat(run("run", "prepayment-apply", "--file=" + file)).isEqualTo(ExitStatus.OK);

		List<TableRow> rows = new java.util.ArrayList<>();
		try (TableReader reader = TableReader.open(this.dir.resolve("finance.xlsx.result.xlsx"))) {
			reader.forEachRemaining(rows::add);
		}
		assertThat(rows).containsExactly(new TableRow(1, List.of("line", "code", "outcome", "reason")),
				new TableRow(2, List.of("2", "F1", "APPLIED")));
		assertThat(sandbox.qince().prepayments(PrepaymentKind.AP_CP)).singleElement()
			.satisfies((prepayment) -> assertThat(prepayment.amount()).isEqualByComparingTo("10.00"));
	}

	@Test
	void aReverseAtAnImpossibleTimeIsNotSent(CapturedOutput output) throws Exception {
		this.qince.addPrepayment(PrepaymentVariant.AP_CP, new PrepaymentApply("C1", "促销", "fin01", null,
				List.of(new PrepaymentApplyDetail("SQ1", "cm1", "10.00", null))));
		Path file = this.dir.resolve("reverse.csv");
		Files.writeString(file,
				"action,variant,code,name,account,remark,activity_code,activity_cm_id,amount,"
						+ "ext_fields,erp_detail_id,reverse_time\nREVERSE,AP_CP,C1,,fin02,,,,,,,2025-13-45 99:99:99\n",
				StandardCharsets.UTF_8);

		run("run", "prepayment-apply", "--file=" + file);

		assertThat(sandbox.qince().calls("reverseApply")).isZero();
		assertThat(Files.readString(this.dir.resolve("reverse.csv.result.csv"))).contains("2,C1,FAILED,")
			.contains("reverse_time must be a time yyyy-MM-dd HH:mm:ss")
			.contains("2025-13-45 99:99:99");
	}

	/** What a killed process leaves: STARTED, no end, no progress for an hour. */
	private void markStartedLongAgo() {
		this.jdbc
			.sql("UPDATE BATCH_JOB_EXECUTION SET STATUS = 'STARTED', EXIT_CODE = 'UNKNOWN', END_TIME = NULL, "
					+ "LAST_UPDATED = NOW() - INTERVAL 1 HOUR")
			.update();
		this.jdbc.sql("UPDATE BATCH_STEP_EXECUTION SET LAST_UPDATED = NOW() - INTERVAL 1 HOUR").update();
		this.jdbc.sql("UPDATE BATCH_STEP_EXECUTION SET STATUS = 'STARTED', END_TIME = NULL WHERE STATUS = 'FAILED'")
			.update();
	}

	private int run(String... args) throws Exception {
		return this.run.run(new DefaultApplicationArguments(args));
	}

	private long instances(String job) {
		return this.jdbc.sql("SELECT COUNT(*) FROM BATCH_JOB_INSTANCE WHERE JOB_NAME = ?")
			.param(job)
			.query(Long.class)
			.single();
	}

}
