package com.qincebridge.sandbox;

import java.time.Instant;

/**
 * One accepted write-back call to the zhixdl simulator.
 *
 * @param type the document type of the call
 * @param kind update_voucher_no or update_third_id
 * @param id the order id (voucher) or detail id (third id)
 * @param value the voucher_no or third_id sent
 * @param at when it arrived, by the sandbox clock
 * @param repeat how many times this id had been written with this kind, this call
 * included: 1 for the first
 */
public record ErpWriteBack(ErpDocumentType type, Kind kind, String id, String value, Instant at, int repeat) {

	/** The two write-back methods. */
	public enum Kind {

		/** {@code update_voucher_no} on an order id. */
		VOUCHER_NO("update_voucher_no", "voucher_no"),

		/** {@code update_third_id} on a detail id. */
		THIRD_ID("update_third_id", "third_id");

		private final String method;

		private final String valueField;

		Kind(String method, String valueField) {
			this.method = method;
			this.valueField = valueField;
		}

		/** The method as sent: update_voucher_no or update_third_id. */
		public String method() {
			return this.method;
		}

		String valueField() {
			return this.valueField;
		}

		/** The id field of a document type this kind updates. */
		String idField(ErpDocumentType type) {
			return (this == VOUCHER_NO) ? type.orderIdField() : type.detailIdField();
		}

	}

}
