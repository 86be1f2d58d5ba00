package com.qincebridge.qince;

import java.util.List;

import com.qincebridge.http.InvalidRequestException;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

import static com.qincebridge.qince.QinceTestSupport.SAVED;
import static com.qincebridge.qince.QinceTestSupport.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Requests that break the tables' limits are refused before anything is sent, naming the
 * field's JSON path and the value's length.
 */
class QinceClientFieldLimitsTests {

	@StartStop
	final MockWebServer server = new MockWebServer();

	@Test
	void tradeVoucherNoOf33CharactersIsRefusedBeforeSending() {
		GoodsStatement statement = statement(trade("V".repeat(33), "好"));

		assertThatExceptionOfType(InvalidRequestException.class)
			.isThrownBy(() -> QinceTestSupport.client(this.server).saveStatement(statement))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("trade[0].voucher_no"))
			.withMessageContaining("33 characters")
			.withMessageContaining("VARCHAR(32)");
		assertThat(this.server.getRequestCount()).isZero();
	}

	@Test
	void cjkExtValueIsCountedInCharactersNotBytes() {
		this.server.enqueue(json(SAVED));
		QinceClient client = QinceTestSupport.client(this.server);

		client.saveStatement(statement(trade("pz11", "对".repeat(32))));
		assertThatExceptionOfType(InvalidRequestException.class)
			.isThrownBy(() -> client.saveStatement(statement(trade("pz11", "对".repeat(33)))))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("trade[0].exts[0].ext_value"))
			.withMessageContaining("33 characters");
		assertThat(this.server.getRequestCount()).isEqualTo(1);
	}

	@Test
	void missingStatementNumberIsRefused() {
		GoodsStatement statement = new GoodsStatement("", "CUS000029", null, null, "2019-11", null, null, null, null,
				null, null, null, null, null, null, null, null, null, null, null, null, null);

		assertThatExceptionOfType(InvalidRequestException.class)
			.isThrownBy(() -> QinceTestSupport.client(this.server).saveStatement(statement))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("serial_no"));
		assertThat(this.server.getRequestCount()).isZero();
	}

	@Test
	void remarkOver4000CharactersIsRefused() {
		PrepaymentApply apply = new PrepaymentApply("C1", null, "ns", "备".repeat(4001), null);

		assertThatExceptionOfType(InvalidRequestException.class)
			.isThrownBy(() -> QinceTestSupport.client(this.server).addPrepayment(PrepaymentVariant.AP_CP, apply))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("remark"));
		assertThat(this.server.getRequestCount()).isZero();
	}

	@Test
	void onlineCostApplyRequiresWhatApCpLeavesOptional() {
		this.server.enqueue(json(SAVED));
		QinceClient client = QinceTestSupport.client(this.server);
		PrepaymentApply withoutAccount = new PrepaymentApply("C1", null, null, null,
				List.of(new PrepaymentApplyDetail("SQ1", "CM1", "1.00", null)));
		PrepaymentApply withoutAmount = new PrepaymentApply("C1", null, "ns", null,
				List.of(new PrepaymentApplyDetail("SQ1", "CM1", "1.00", null),
						new PrepaymentApplyDetail("SQ1", "CM2", null, null)));

		assertThatExceptionOfType(InvalidRequestException.class)
			.isThrownBy(() -> client.addPrepayment(PrepaymentVariant.ONLINE_COST, withoutAccount))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("account"))
			.satisfies((ex) -> assertThat(ex.endpoint()).isEqualTo("qince cuxiaoPrepayment/addOnlineCostApply"));
		assertThatExceptionOfType(InvalidRequestException.class)
			.isThrownBy(() -> client.addPrepayment(PrepaymentVariant.ONLINE_COST, withoutAmount))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("details[1].prepayment_amount"));
		assertThat(this.server.getRequestCount()).isZero();

		client.addPrepayment(PrepaymentVariant.AP_CP, withoutAccount);
		assertThat(this.server.getRequestCount()).isEqualTo(1);
	}

	@Test
	void onlineCostDetailQueryRequiresThePrepaymentCode() {
		assertThatExceptionOfType(InvalidRequestException.class)
			.isThrownBy(() -> QinceTestSupport.client(this.server)
				.queryPrepaymentDetails(PrepaymentVariant.ONLINE_COST, new PrepaymentDetailQuery(null, "1", "100")))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("prepayment_code"));
		assertThat(this.server.getRequestCount()).isZero();
	}

	@Test
	void onlineCostExtUpdateRequiresTheList() {
		assertThatExceptionOfType(InvalidRequestException.class).isThrownBy(() -> QinceTestSupport.client(this.server)
			.updatePrepaymentExtFields(PrepaymentVariant.ONLINE_COST, new PrepaymentExtUpdate("YFK1", null, List.of())))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("ext_list"));
		assertThat(this.server.getRequestCount()).isZero();
	}

	@Test
	void extUpdateEntriesNeedKeyValueAndLine() {
		PrepaymentExtUpdate update = new PrepaymentExtUpdate("YFK1", null,
				List.of(new PrepaymentLineExt("文本2", "5", "")));

		assertThatExceptionOfType(InvalidRequestException.class).isThrownBy(
				() -> QinceTestSupport.client(this.server).updatePrepaymentExtFields(PrepaymentVariant.AP_CP, update))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("ext_list[0].prepayment_cm_id"));
		assertThat(this.server.getRequestCount()).isZero();
	}

	private static GoodsStatementTrade trade(String voucherNo, String extValue) {
		return new GoodsStatementTrade("hk002", "1", voucherNo, "2019-11-26", "出货", "100.00", "50", "CUS000029",
				"2019-11-01", null, List.of(new QinceExt("自定义", extValue)));
	}

	private static GoodsStatement statement(GoodsStatementTrade trade) {
		return new GoodsStatement("hk002", "CUS000029", null, null, "2019-11", null, null, null, null, null, null, null,
				"0.00", "0.00", "100.00", "0.00", "100.00", "0", "0", "0", List.of(trade), null);
	}

}
