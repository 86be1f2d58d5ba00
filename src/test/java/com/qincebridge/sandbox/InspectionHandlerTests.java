package com.qincebridge.sandbox;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The read-only JSON view of what the simulators recorded. */
class InspectionHandlerTests {

	private final Sandbox sandbox = Sandbox.start();

	@AfterEach
	void close() {
		this.sandbox.close();
	}

	@Test
	void theIndexListsTheViews() {
		JsonNode index = SandboxTestSupport.get(this.sandbox.erpBaseUrl() + "/sandbox/").json();
		assertThat(index.get("erp_base_url").stringValue()).isEqualTo(this.sandbox.erpBaseUrl());
		assertThat(index.get("views")).extracting(JsonNode::stringValue)
			.contains("/sandbox/erp/write-backs", "/sandbox/qince/statements", "/sandbox/qince/prepayments");
	}

	@Test
	void viewsShowWhatWasRecorded() {
		ErpDocumentLine line = this.sandbox.erp().data().lines().findFirst().get();
		SandboxTestSupport
			.postErp(this.sandbox, SandboxTestSupport.erpRequest(this.sandbox, "update_voucher_no", "FB_RECEIVABLE",
					SandboxTestSupport.object().put("receivable_order_id", line.orderId()).put("voucher_no", "HK1")));
		SandboxTestSupport.postQince(this.sandbox, "ksfStatement", "saveStatement",
				"{\"serial_no\":\"HK1\",\"customer_code\":\"C101-0001\",\"trade_month\":\"2025-09\"}");
		JsonNode writeBacks = SandboxTestSupport.get(this.sandbox.erpBaseUrl() + "/sandbox/erp/write-backs").json();
		assertThat(writeBacks).singleElement().satisfies((writeBack) -> {
			assertThat(writeBack.get("id").stringValue()).isEqualTo(line.orderId());
			assertThat(writeBack.get("kind").stringValue()).isEqualTo("VOUCHER_NO");
			assertThat(writeBack.get("repeat").intValue()).isEqualTo(1);
		});
		JsonNode statements = SandboxTestSupport.get(this.sandbox.erpBaseUrl() + "/sandbox/qince/statements").json();
		assertThat(statements).singleElement().satisfies((statement) -> {
			assertThat(statement.get("save_count").intValue()).isEqualTo(1);
			assertThat(statement.get("content").get("serial_no").stringValue()).isEqualTo("HK1");
		});
		JsonNode calls = SandboxTestSupport.get(this.sandbox.erpBaseUrl() + "/sandbox/qince/calls").json();
		assertThat(calls.get("ksfStatement/saveStatement").intValue()).isEqualTo(1);
	}

	@Test
	void onlyGetOnKnownViews() {
		assertThat(SandboxTestSupport.get(this.sandbox.erpBaseUrl() + "/sandbox/nothing").status()).isEqualTo(404);
		assertThat(SandboxTestSupport.post(this.sandbox.erpBaseUrl() + "/sandbox/erp/calls", "{}").status())
			.isEqualTo(405);
	}

}
