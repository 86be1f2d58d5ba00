package com.qincebridge.statement;

import com.qincebridge.goods.GoodsStatementBuilder;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

import com.qincebridge.qince.GoodsStatement;
import com.qincebridge.qince.QinceExt;
import com.qincebridge.staging.StagedLine;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ContentHashTests {

	@Test
	void hashIsSha256OfTheJsonTheClientSends() throws Exception {
		assertThat(ContentHash.of(new QinceExt("费用合计", "10.00")))
			.isEqualTo(sha256("{\"ext_key\":\"费用合计\",\"ext_value\":\"10.00\"}"));
	}

	@Test
	void nullFieldsAreLeftOutAsWhenSent() throws Exception {
		assertThat(ContentHash.of(new QinceExt("k", null))).isEqualTo(sha256("{\"ext_key\":\"k\"}"));
	}

	@Test
	void equalContentHasAnEqualHash() {
		assertThat(ContentHash.of(statement("100.00", List.of(Lines.shipment("1", "O1", "100.00")))))
			.isEqualTo(ContentHash.of(statement("100.00", List.of(Lines.shipment("1", "O1", "100.00")))))
			.hasSize(64)
			.matches("[0-9a-f]{64}");
	}

	@Test
	void changedBeginBalanceChangesTheHash() {
		assertThat(ContentHash.of(statement("100.00", List.of())))
			.isNotEqualTo(ContentHash.of(statement("100.01", List.of())));
	}

	@Test
	void changedLineAmountChangesTheHash() {
		assertThat(ContentHash.of(statement("0", List.of(Lines.shipment("1", "O1", "100.00")))))
			.isNotEqualTo(ContentHash.of(statement("0", List.of(Lines.shipment("1", "O1", "100.01")))));
	}

	@Test
	void addedLineChangesTheHash() {
		assertThat(ContentHash.of(statement("0", List.of(Lines.shipment("1", "O1", "100.00")))))
			.isNotEqualTo(ContentHash
				.of(statement("0", List.of(Lines.shipment("1", "O1", "100.00"), Lines.receipt("2", "O2", "0")))));
	}

	@Test
	void movedLineChangesTheHash() {
		assertThat(
				ContentHash.of(statement("0", List.of(Lines.shipment("1", "O1", "5"), Lines.shipment("2", "O1", "5")))))
			.isNotEqualTo(ContentHash
				.of(statement("0", List.of(Lines.shipment("1", "O1", "5"), Lines.shipment("2", "O2", "5")))));
	}

	private static GoodsStatement statement(String begin, List<StagedLine> lines) {
		return GoodsStatementBuilder.build("HK101202509C101", Lines.CUSTOMER, Lines.MONTH, new BigDecimal(begin), lines)
			.request();
	}

	private static String sha256(String text) throws Exception {
		return HexFormat.of()
			.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
	}

}
