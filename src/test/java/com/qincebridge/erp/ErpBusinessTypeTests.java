package com.qincebridge.erp;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ErpBusinessTypeTests {

	@Test
	void fieldNamesAreThoseOfTheParameterTables() {
		assertThat(ErpBusinessType.values()).extracting(ErpBusinessType::orderIdField)
			.containsExactly("receivable_order_id", "receive_order_id", "payable_order_id", "disburse_order_id");
		assertThat(ErpBusinessType.values()).extracting(ErpBusinessType::detailIdField)
			.containsExactly("receivable_order_detail_id", "receive_order_detail_id", "payable_order_detail_id",
					"disburse_order_detail_id");
		assertThat(ErpBusinessType.values()).extracting(ErpBusinessType::amountField)
			.containsExactly("receivable_amount", "already_receive", "payable_amount", "already_amount");
	}

	@Test
	void namesAreTheDocumentsChineseNames() {
		assertThat(ErpBusinessType.values()).extracting(ErpBusinessType::chineseName)
			.containsExactly("应收单", "收款单", "应付单", "付款单");
	}

	@Test
	void eachTypeReadsItsOwnLines() {
		assertThat(ErpBusinessType.values()).extracting(ErpBusinessType::lineType)
			.containsExactly(Receivable.class, Receipt.class, Payable.class, Payment.class);
		assertThat(ErpPageReader.row(ErpBusinessType.FB_PAYMENT, ErpLine.class, ErpFixtures.PAYMENT_EXAMPLE).line())
			.isInstanceOf(Payment.class)
			.extracting(ErpLine::businessType)
			.isEqualTo(ErpBusinessType.FB_PAYMENT);
	}

	@Test
	void anItemOfAnotherTypeIsUnreadableNotMisread() {
		ErpRow<ErpLine> row = ErpPageReader.row(ErpBusinessType.FB_PAYABLE, ErpLine.class, ErpFixtures.RECEIPT_EXAMPLE);
		assertThat(row.errors()).extracting(ErpRow.FieldError::field)
			.containsExactly("payable_order_id", "payable_order_detail_id", "payable_amount");
	}

}
