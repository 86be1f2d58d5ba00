package com.qincebridge.prepayment;

import com.qincebridge.http.ApiJson;
import com.qincebridge.qince.Prepayment;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies Qince's prepayment pushes to the ledger: {@value #CHANGED} (a prepayment as the
 * list query reports it, with its lines) and {@value #DELETED} ({@code prepayment_code}).
 * Applying the same push twice, or a push and then a sync of the same state, leaves the
 * same ledger. The pushes do not say which variant a prepayment is: a prepayment first
 * seen in a push has no variant until the next sync. Pushes arrive in any order and carry
 * no modify time, so the last one applied wins; the next sync restores Qince's state.
 */
@Service
public class PrepaymentPushes {

	/** The dataType of a change push (new, changed, approved, sent back, reversed). */
	public static final String CHANGED = "cuxiao_verify_display";

	/** The dataType of a delete push. */
	public static final String DELETED = "cuxiao_prepayment_delete";

	private final PrepaymentLedger ledger;

	PrepaymentPushes(PrepaymentLedger ledger) {
		this.ledger = ledger;
	}

	/** Whether this service applies pushes of a dataType. */
	public static boolean handles(String dataType) {
		return CHANGED.equals(dataType) || DELETED.equals(dataType);
	}

	/**
	 * Apply a push's {@code data} to the ledger.
	 * @throws IllegalArgumentException when the dataType is not a prepayment push or the
	 * data is not a prepayment (the message says why); nothing is changed then
	 */
	@Transactional
	public void apply(String dataType, String data) {
		JsonNode json;
		try {
			json = ApiJson.mapper().readTree(data);
		}
		catch (JacksonException ex) {
			throw new IllegalArgumentException(dataType + " push data is not JSON: " + ex.getOriginalMessage(), ex);
		}
		String code = json.path("prepayment_code").asString("");
		if (code.isBlank()) {
			throw new IllegalArgumentException(dataType + " push data has no prepayment_code");
		}
		if (DELETED.equals(dataType)) {
			this.ledger.markDeleted(code);
			return;
		}
		if (!CHANGED.equals(dataType)) {
			throw new IllegalArgumentException("not a prepayment push: " + dataType);
		}
		Prepayment prepayment;
		try {
			prepayment = ApiJson.mapper().treeToValue(json, Prepayment.class);
		}
		catch (JacksonException ex) {
			throw new IllegalArgumentException(dataType + " push data is not a prepayment: " + ex.getOriginalMessage(),
					ex);
		}
		this.ledger.save(null, prepayment, prepayment.details());
		this.ledger.linkReversals();
	}

}
