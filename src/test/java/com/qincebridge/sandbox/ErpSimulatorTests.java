package com.qincebridge.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.qincebridge.http.ApiJson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static com.qincebridge.sandbox.SandboxTestSupport.erpRequest;
import static com.qincebridge.sandbox.SandboxTestSupport.object;
import static com.qincebridge.sandbox.SandboxTestSupport.postErp;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/** The zhixdl simulator on the wire, against the documents' examples and tables. */
class ErpSimulatorTests {

	private final Sandbox sandbox = Sandbox.start();

	@AfterEach
	void close() {
		this.sandbox.close();
	}

	@ParameterizedTest
	@CsvSource({ "FB_RECEIVABLE, erp-receivable-answer.json", "FB_RECEIVE, erp-receive-answer.json",
			"FB_PAYABLE, erp-payable-answer.json", "FB_PAYMENT, erp-payment-answer.json" })
	void queriesAreAnsweredInTheShapeOfTheDocumentsExamples(String type, String example) throws IOException {
		JsonNode documented = resource(example);
		ObjectNode params = object().put("company_code", "101")
			.put("page", "1")
			.put("order_start_date", "2025-09-29 00:00:00")
			.put("order_end_date", "2025-09-29 23:59:59");
		JsonNode answer = postErp(this.sandbox, erpRequest(this.sandbox, "query", type, params));
		assertThat(answer.propertyNames()).containsExactlyElementsOf(documented.propertyNames());
		assertThat(answer.get("success").booleanValue()).isTrue();
		assertThat(answer.get("status").stringValue()).isEqualTo("00000");
		assertThat(answer.get("data").propertyNames())
			.containsExactlyElementsOf(documented.get("data").propertyNames());
		JsonNode documentedItem = documented.get("data").get("items").get(0);
		assertThat(answer.get("data").get("items")).isNotEmpty().allSatisfy((item) -> {
			assertThat(item.propertyNames()).containsExactlyElementsOf(documentedItem.propertyNames());
			assertThat(item.get("order_date").stringValue()).isEqualTo("2025-09-29");
			assertThat(item.get(ErpDocumentType.valueOf(type).amountField()).stringValue()).matches("-?\\d+\\.\\d\\d");
		});
	}

	@Test
	void aMalformedEndTimeAsInTheDocumentsCountsAsTheWholeDay() {
		LocalDate day = LocalDate.of(2025, 9, 30);
		ObjectNode params = object().put("company_code", "101")
			.put("limit", 500)
			.put("order_start_date", "2025-09-30 00:00:00")
			.put("order_end_date", "2025-09-30 23:59:259");
		JsonNode data = postErp(this.sandbox, erpRequest(this.sandbox, "query", "FB_RECEIVE", params)).get("data");
		assertThat(data.get("total_items").longValue())
			.isEqualTo(this.sandbox.erp().data().count("101", ErpDocumentType.FB_RECEIVE, day, day))
			.isPositive();
	}

	@Test
	void pagingThroughAWindowReachesTheLastPageWithExactTotals() {
		LocalDate from = LocalDate.of(2025, 10, 1);
		LocalDate to = LocalDate.of(2025, 10, 10);
		List<String> expected = this.sandbox.erp()
			.data()
			.lines("102", ErpDocumentType.FB_RECEIVABLE, from, to)
			.map(ErpDocumentLine::detailId)
			.toList();
		List<String> read = new ArrayList<>();
		int page = 1;
		JsonNode data;
		do {
			ObjectNode params = object().put("company_code", "102")
				.put("limit", "7")
				.put("page", page)
				.put("order_start_date", "2025-10-01 00:00:00")
				.put("order_end_date", "2025-10-10 23:59:59");
			data = postErp(this.sandbox, erpRequest(this.sandbox, "query", "FB_RECEIVABLE", params)).get("data");
			data.get("items").forEach((item) -> read.add(item.get("receivable_order_detail_id").stringValue()));
			assertThat(data.get("current").intValue()).isEqualTo(page);
			page = data.get("next").intValue();
		}
		while (data.get("current").intValue() < data.get("last").intValue());
		assertThat(read).isEqualTo(expected);
		assertThat(data.get("total_items").intValue()).isEqualTo(expected.size());
		assertThat(data.get("total_pages").intValue()).isEqualTo((expected.size() + 6) / 7)
			.isEqualTo(data.get("last").intValue());
		assertThat(data.get("next").intValue()).isEqualTo(data.get("current").intValue());
		assertThat(data.get("items").size()).isEqualTo(expected.size() - 7 * (data.get("last").intValue() - 1));
	}

	@Test
	void aPageAfterTheLastIsEmptyAndAnUnknownCompanyHasNoLines() {
		ObjectNode params = object().put("company_code", "101").put("page", 10_000);
		JsonNode data = postErp(this.sandbox, erpRequest(this.sandbox, "query", "FB_PAYABLE", params)).get("data");
		assertThat(data.get("items")).isEmpty();
		assertThat(data.get("total_items").intValue()).isPositive();
		params = object().put("company_code", "999");
		data = postErp(this.sandbox, erpRequest(this.sandbox, "query", "FB_PAYABLE", params)).get("data");
		assertThat(data.get("total_items").intValue()).isZero();
		assertThat(data.get("total_pages").intValue()).isZero();
		assertThat(data.get("last").intValue()).isEqualTo(1);
	}

	@Test
	void anOrderIdOrAnOrderTypeNarrowsTheQuery() {
		ErpDocumentLine line = this.sandbox.erp()
			.data()
			.lines("101", ErpDocumentType.FB_RECEIVABLE, LocalDate.of(2025, 9, 2), LocalDate.of(2025, 9, 2))
			.filter((candidate) -> candidate.itemType() == ErpItemType.XSTH_01)
			.findFirst()
			.get();
		ObjectNode params = object().put("company_code", "101").put("receivable_order_id", line.orderId());
		JsonNode items = postErp(this.sandbox, erpRequest(this.sandbox, "query", "FB_RECEIVABLE", params)).get("data")
			.get("items");
		assertThat(items).isNotEmpty()
			.allSatisfy((item) -> assertThat(item.get("receivable_order_id").stringValue()).isEqualTo(line.orderId()));
		params = object().put("company_code", "101").put("order_type", 2).put("limit", 1000);
		items = postErp(this.sandbox, erpRequest(this.sandbox, "query", "FB_RECEIVABLE", params)).get("data")
			.get("items");
		assertThat(items).isNotEmpty()
			.allSatisfy((item) -> assertThat(item.get("erp_item_type_code").stringValue()).isEqualTo("XSTH-01"));
	}

	@Test
	void envelopeErrorsCarryTheDocumentedStatuses() {
		ObjectNode valid = erpRequest(this.sandbox, "query", "FB_RECEIVABLE", object().put("company_code", "101"));
		assertRefused(valid.deepCopy().put("app_key", "wrong"), "00001");
		assertRefused(valid.deepCopy().put("method", "delete"), "00002");
		assertRefused(without(valid, "method"), "00002");
		assertRefused(without(valid, "version"), "00003");
		assertRefused(without(valid, "business_type"), "00004");
		assertRefused(valid.deepCopy().put("business_type", "FB_SALES"), "00004");
		assertRefused(without(valid, "business_params"), "00005");
		assertRefused(valid.deepCopy().put("business_params", "[\"company_code\": \"101\"]"), "00005");
		assertRefused(valid.deepCopy().set("business_params", object()), "00005");
		JsonNode get = SandboxTestSupport.get(this.sandbox.erpBaseUrl() + ErpProtocol.PATH).json();
		assertThat(get.get("status").stringValue()).isEqualTo("00002");
	}

	@Test
	void writeBacksAreRecordedWithRepeatCountsAndUnknownIdsRefused() {
		ErpDocumentLine line = this.sandbox.erp().data().lines().findFirst().get();
		ObjectNode voucher = object().put("receivable_order_id", line.orderId()).put("voucher_no", "HK1012025090001");
		assertSucceeded(postErp(this.sandbox, erpRequest(this.sandbox, "update_voucher_no", "FB_RECEIVABLE", voucher)));
		assertSucceeded(postErp(this.sandbox, erpRequest(this.sandbox, "update_voucher_no", "FB_RECEIVABLE", voucher)));
		// the documents' examples send method "update"; business_params may come as text
		ObjectNode third = erpRequest(this.sandbox, "update", "FB_RECEIVABLE", object());
		third.put("business_params",
				object().put("receivable_order_detail_id", line.detailId())
					.put("third_id", "7628813591021350683")
					.toString());
		assertSucceeded(postErp(this.sandbox, third));
		ObjectNode unknown = object().put("receivable_order_id", "1999999999999999999").put("voucher_no", "X");
		JsonNode refused = postErp(this.sandbox,
				erpRequest(this.sandbox, "update_voucher_no", "FB_RECEIVABLE", unknown));
		assertThat(refused.get("success").booleanValue()).isFalse();
		assertThat(refused.get("status").stringValue()).isEqualTo(ErpEnvelope.UNKNOWN_ID);
		ErpSimulator erp = this.sandbox.erp();
		assertThat(erp.writeBackCount(ErpDocumentType.FB_RECEIVABLE, ErpWriteBack.Kind.VOUCHER_NO, line.orderId()))
			.isEqualTo(2);
		assertThat(erp.voucherNo(ErpDocumentType.FB_RECEIVABLE, line.orderId())).contains("HK1012025090001");
		assertThat(erp.thirdId(ErpDocumentType.FB_RECEIVABLE, line.detailId())).contains("7628813591021350683");
		assertThat(erp.writeBacks()).extracting(ErpWriteBack::kind, ErpWriteBack::repeat)
			.containsExactly(tuple(ErpWriteBack.Kind.VOUCHER_NO, 1), tuple(ErpWriteBack.Kind.VOUCHER_NO, 2),
					tuple(ErpWriteBack.Kind.THIRD_ID, 1));
		assertThat(erp.calls()).containsEntry("FB_RECEIVABLE/update_voucher_no", 3)
			.containsEntry("FB_RECEIVABLE/update_third_id", 1);
	}

	private void assertRefused(JsonNode request, String status) {
		JsonNode answer = postErp(this.sandbox, request);
		assertThat(answer.get("success").booleanValue()).as(request.toString()).isFalse();
		assertThat(answer.get("status").stringValue()).as(request.toString()).isEqualTo(status);
		assertThat(answer.get("data").isArray()).isTrue();
	}

	private static void assertSucceeded(JsonNode answer) {
		assertThat(answer.get("success").booleanValue()).as(answer.toString()).isTrue();
		assertThat(answer.get("data").get("result").stringValue()).isEqualTo("success");
	}

	private static ObjectNode without(ObjectNode request, String field) {
		ObjectNode copy = request.deepCopy();
		copy.remove(field);
		return copy;
	}

	static JsonNode resource(String name) throws IOException {
		try (InputStream in = ErpSimulatorTests.class.getResourceAsStream("/sandbox/" + name)) {
			return ApiJson.mapper().readTree(in);
		}
	}

}
