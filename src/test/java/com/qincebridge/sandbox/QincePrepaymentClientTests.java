package com.qincebridge.sandbox;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.qincebridge.http.ApiRejectedException;
import com.qincebridge.qince.OnlineCostEndRecord;
import com.qincebridge.qince.Prepayment;
import com.qincebridge.qince.PrepaymentApply;
import com.qincebridge.qince.PrepaymentApplyDetail;
import com.qincebridge.qince.PrepaymentDetail;
import com.qincebridge.qince.PrepaymentDetailQuery;
import com.qincebridge.qince.PrepaymentEndRecordQuery;
import com.qincebridge.qince.PrepaymentExtField;
import com.qincebridge.qince.PrepaymentExtUpdate;
import com.qincebridge.qince.PrepaymentLineExt;
import com.qincebridge.qince.PrepaymentQuery;
import com.qincebridge.qince.PrepaymentReversal;
import com.qincebridge.qince.PrepaymentVariant;
import com.qincebridge.qince.QinceClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The product's Qince client against the simulator's prepayments. */
class QincePrepaymentClientTests {

	/** 2025-10-01 10:00:00 in Asia/Shanghai. */
	private final MutableClock clock = new MutableClock(Instant.parse("2025-10-01T02:00:00Z"));

	private final Sandbox sandbox = Sandbox.start(SandboxSettings.defaults().withClock(this.clock));

	private final QinceClient client = SandboxTestSupport.qinceClient(this.sandbox);

	@AfterEach
	void close() {
		this.sandbox.close();
	}

	@Test
	void aCodeMustNotRepeatInEitherVariant() {
		this.client.addPrepayment(PrepaymentVariant.AP_CP, apply("BR-YFK-0001", "100.00"));
		assertThatExceptionOfType(ApiRejectedException.class)
			.isThrownBy(() -> this.client.addPrepayment(PrepaymentVariant.AP_CP, apply("BR-YFK-0001", "100.00")))
			.withMessageContaining("不重复");
		assertThatExceptionOfType(ApiRejectedException.class)
			.isThrownBy(() -> this.client.addPrepayment(PrepaymentVariant.ONLINE_COST, apply("BR-YFK-0001", "1.00")));
		assertThat(this.sandbox.qince().prepayments(PrepaymentKind.AP_CP)).singleElement()
			.satisfies((prepayment) -> assertThat(prepayment.amount()).isEqualByComparingTo("100.00"));
		assertThat(this.sandbox.qince().prepayments(PrepaymentKind.ONLINE_COST)).isEmpty();
	}

	@Test
	void aReversalCreatesTheRedDocumentAndMarksTheOriginal() {
		this.client.addPrepayment(PrepaymentVariant.ONLINE_COST, apply("BR-YFK-0002", "30.00"));
		this.clock.advance(Duration.ofHours(1));
		this.client.reversePrepayment(PrepaymentVariant.ONLINE_COST,
				new PrepaymentReversal("BR-YFK-0002", "fin01", null));
		List<Prepayment> listed = this.client.queryPrepayments(PrepaymentVariant.ONLINE_COST,
				new PrepaymentQuery(null, null, null, null, null, null, null, null, null, null, null));
		assertThat(listed).hasSize(2);
		Prepayment original = listed.get(0);
		Prepayment red = listed.get(1);
		assertThat(original.prepaymentCode()).isEqualTo("BR-YFK-0002");
		assertThat(original.reverseStatus()).isEqualTo("1");
		assertThat(red.reverseStatus()).isEqualTo("2");
		assertThat(red.prepaymentAmount()).isEqualByComparingTo("-30.00");
		assertThat(red.reverseTime()).isEqualTo("2025-10-01 11:00:00").isEqualTo(original.reverseTime());
		QincePrepayment linked = this.sandbox.qince().prepayment("BR-YFK-0002").get();
		assertThat(linked.reversedBy()).isEqualTo(red.prepaymentCode());
		assertThat(this.sandbox.qince().prepayment(red.prepaymentCode()).get().reversalOf()).isEqualTo("BR-YFK-0002");
		assertThatExceptionOfType(ApiRejectedException.class).isThrownBy(() -> this.client
			.reversePrepayment(PrepaymentVariant.ONLINE_COST, new PrepaymentReversal("BR-YFK-0002", "fin01", null)));
	}

	@Test
	void theListIsFilteredByModifyTimeAndPaged() {
		for (int i = 1; i <= 3; i++) {
			this.client.addPrepayment(PrepaymentVariant.AP_CP, apply("BR-YFK-010" + i, i + ".00"));
			this.clock.advance(Duration.ofHours(1));
		}
		this.sandbox.qince().setFlowStatus("BR-YFK-0101", "1");
		List<Prepayment> modified = this.client.queryPrepayments(PrepaymentVariant.AP_CP,
				PrepaymentQuery.modifiedBetween("2025-10-01 10:30:00", "2025-10-01 23:59:59", 1, 1000));
		assertThat(modified).extracting(Prepayment::prepaymentCode)
			.containsExactly("BR-YFK-0101", "BR-YFK-0102", "BR-YFK-0103");
		assertThat(modified.get(0).flowStatus()).isEqualTo("1");
		List<Prepayment> secondPage = this.client.queryPrepayments(PrepaymentVariant.AP_CP,
				PrepaymentQuery.modifiedBetween("2025-10-01 10:30:00", "2025-10-01 23:59:59", 2, 2));
		assertThat(secondPage).extracting(Prepayment::prepaymentCode).containsExactly("BR-YFK-0103");
	}

	@Test
	void detailsCarryTheirCustomFieldsAndUpdatesChangeThem() {
		this.client.addPrepayment(PrepaymentVariant.AP_CP, apply("BR-YFK-0200", "12.50"));
		List<PrepaymentDetail> details = this.client.queryPrepaymentDetails(PrepaymentVariant.AP_CP,
				PrepaymentDetailQuery.of("BR-YFK-0200", 1, 1000));
		PrepaymentDetail line = details.get(0);
		assertThat(line.prepaymentAmount()).isEqualByComparingTo("12.50");
		assertThat(line.extData().get("ERP单号").stringValue()).isEqualTo("FK-20251001-0001");
		this.client.updatePrepaymentExtFields(PrepaymentVariant.AP_CP, new PrepaymentExtUpdate("BR-YFK-0200", null,
				List.of(new PrepaymentLineExt("ERP单号", "FK-20251001-0002", line.id()))));
		JsonNode extData = this.client
			.queryPrepaymentDetails(PrepaymentVariant.AP_CP, PrepaymentDetailQuery.of("BR-YFK-0200", 1, 1000))
			.get(0)
			.extData();
		assertThat(extData.get("ERP单号").stringValue()).isEqualTo("FK-20251001-0002");
		assertThatExceptionOfType(ApiRejectedException.class)
			.isThrownBy(() -> this.client.updatePrepaymentExtFields(PrepaymentVariant.AP_CP,
					new PrepaymentExtUpdate("BR-YFK-0200", null,
							List.of(new PrepaymentLineExt("ERP单号", "x", "7000000000000000000")))))
			.withMessageContaining("预付款行不存在");
	}

	@Test
	void closeRecordsAreTheOnesATestAdded() throws IOException {
		JsonNode record = ErpSimulatorTests.resource("qince-online-cost-end-record.json");
		this.sandbox.qince().addEndRecord(PrepaymentKind.ONLINE_COST, (ObjectNode) record);
		List<OnlineCostEndRecord> found = this.client.queryOnlineCostEndRecords(
				PrepaymentEndRecordQuery.closedBetween("2024-08-29 00:00:00", "2024-08-29 23:59:59", 1, 1000));
		assertThat(found).singleElement().satisfies((closed) -> {
			assertThat(closed.endCode()).isEqualTo("GBYFK2024082900000001");
			assertThat(closed.prepaymentAmount()).isEqualByComparingTo("30");
		});
		assertThat(this.client.queryOnlineCostEndRecords(
				PrepaymentEndRecordQuery.closedBetween("2024-08-30 00:00:00", "2024-08-31 23:59:59", 1, 1000)))
			.isEmpty();
		assertThat(this.client.queryPrepaymentEndRecords(
				PrepaymentEndRecordQuery.closedBetween("2024-08-29 00:00:00", "2024-08-29 23:59:59", 1, 1000)))
			.isEmpty();
	}

	@Test
	void onlineCostRulesAreCheckedOnTheWire() {
		String noAccount = "{\"code\":\"X1\",\"details\":[{\"activity_code\":\"SQ1\",\"activity_cm_id\":\"1\",\"prepayment_amount\":\"1\"}]}";
		JsonNode refused = SandboxTestSupport
			.postQince(this.sandbox, "cuxiaoPrepayment", "addOnlineCostApply", noAccount)
			.json();
		assertThat(refused.get("return_code").intValue()).isEqualTo(1);
		assertThat(refused.get("return_msg").stringValue()).contains("account");
		JsonNode noCode = SandboxTestSupport
			.postQince(this.sandbox, "cuxiaoPrepayment", "queryOnlineCostDetailList", "{}")
			.json();
		assertThat(noCode.get("return_code").intValue()).isEqualTo(1);
		assertThat(noCode.get("return_msg").stringValue()).contains("prepayment_code");
		JsonNode apCp = SandboxTestSupport.postQince(this.sandbox, "cuxiaoPrepayment", "addApply", "{}").json();
		assertThat(apCp.get("return_code").intValue()).isZero();
		assertThat(apCp.get("return_msg").stringValue()).isEqualTo("预付款申请新增成功!");
		assertThat(this.sandbox.qince().prepayments(PrepaymentKind.AP_CP)).singleElement()
			.satisfies((generated) -> assertThat(generated.code()).isEqualTo("YFK2025100100000001"));
	}

	private static PrepaymentApply apply(String code, String amount) {
		return new PrepaymentApply(code, "促销预付 " + code, "fin01", "来自ERP付款单",
				List.of(new PrepaymentApplyDetail("SQ202509010001", "6033516322825915357", amount,
						List.of(new PrepaymentExtField("ERP单号", "FK-20251001-0001")))));
	}

}
