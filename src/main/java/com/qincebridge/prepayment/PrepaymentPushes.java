package com.qincebridge.prepayment;

import java.util.ArrayList;
import java.util.List;

import com.qincebridge.http.ApiJson;
import com.qincebridge.qince.Prepayment;
import com.qincebridge.qince.PrepaymentQuery;
import com.qincebridge.qince.PrepaymentVariant;
import com.qincebridge.qince.QinceClient;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Brings the ledger up to date with Qince's prepayment pushes: {@value #CHANGED} (a
 * prepayment was created, changed, approved, sent back or reversed) and
 * {@value #DELETED}, of both variants (AP/CP and online cost push the same data types). A
 * push is a notification, not the truth: it names the prepayment, and {@link #refresh}
 * reads that prepayment again from Qince (queryList / queryOnlineCostList by code, then
 * its lines) and writes what Qince lists now, as the sync would. So pushes may arrive
 * late, twice or out of order: a redelivery of an old push never overwrites newer data. A
 * delete marks the prepayment deleted once Qince lists it in neither variant.
 */
@Service
public class PrepaymentPushes {

	/** The dataType of a change push (new, changed, approved, sent back, reversed). */
	public static final String CHANGED = "cuxiao_verify_display";

	/** The dataType of a delete push. */
	public static final String DELETED = "cuxiao_prepayment_delete";

	/** The ledger's prepayment_code holds this many characters. */
	private static final int MAX_CODE = 100;

	private final PrepaymentLedger ledger;

	private final ObjectProvider<QinceClient> qince;

	private final PrepaymentProperties properties;

	private final TransactionTemplate transaction;

	PrepaymentPushes(PrepaymentLedger ledger, ObjectProvider<QinceClient> qince, PrepaymentProperties properties,
			PlatformTransactionManager transactionManager) {
		this.ledger = ledger;
		this.qince = qince;
		this.properties = properties;
		this.transaction = new TransactionTemplate(transactionManager);
	}

	/** Whether this service applies pushes of a dataType. */
	public static boolean handles(String dataType) {
		return CHANGED.equals(dataType) || DELETED.equals(dataType);
	}

	/**
	 * The prepayment a push names, its data checked against the shape of its dataType: a
	 * JSON object with a {@code prepayment_code}; a change push's data is a prepayment as
	 * the list query reports it (amounts that are numbers, {@code details} a list).
	 * @throws IllegalArgumentException saying what is wrong
	 */
	public static String prepaymentCode(String dataType, String data) {
		if (!handles(dataType)) {
			throw new IllegalArgumentException("not a prepayment push: " + dataType);
		}
		JsonNode json;
		try {
			json = ApiJson.mapper().readTree(data);
		}
		catch (JacksonException ex) {
			throw new IllegalArgumentException(dataType + " push data is not JSON: " + ex.getOriginalMessage(), ex);
		}
		if (json == null || !json.isObject()) {
			throw new IllegalArgumentException(dataType + " push data is not a JSON object");
		}
		JsonNode code = json.path("prepayment_code");
		if (!code.isString() || code.asString().isBlank()) {
			throw new IllegalArgumentException(dataType + " push data has no prepayment_code");
		}
		if (code.asString().length() > MAX_CODE) {
			throw new IllegalArgumentException(dataType + " push data has a prepayment_code longer than " + MAX_CODE);
		}
		if (CHANGED.equals(dataType)) {
			JsonNode details = json.path("details");
			if (!details.isMissingNode() && !details.isNull() && !details.isArray()) {
				throw new IllegalArgumentException(dataType + " push data has details that are not a list");
			}
			try {
				ApiJson.mapper().treeToValue(json, Prepayment.class);
			}
			catch (JacksonException ex) {
				throw new IllegalArgumentException(
						dataType + " push data is not a prepayment: " + ex.getOriginalMessage(), ex);
			}
		}
		return code.asString().strip();
	}

	/**
	 * Read the prepayment a push names from Qince and write what Qince lists into the
	 * ledger. Calls Qince; a transient failure is thrown (the push can be processed
	 * again).
	 * @return what was done, and whether the push is done
	 */
	public Outcome refresh(String dataType, String code) {
		List<SyncedPrepayment> listed = new ArrayList<>();
		for (PrepaymentVariant variant : PrepaymentVariant.values()) {
			for (Prepayment prepayment : this.qince.getObject()
				.queryPrepayments(variant, PrepaymentQuery.byCode(code))) {
				if (prepayment.prepaymentCode().equals(code)) {
					listed
						.add(new PrepaymentDetailsProcessor(this.qince::getObject, variant, this.properties.pageSize())
							.process(prepayment));
				}
			}
		}
		this.transaction.executeWithoutResult((status) -> {
			for (SyncedPrepayment prepayment : listed) {
				this.ledger.save(prepayment.variant(), prepayment.prepayment(), prepayment.details());
			}
			if (listed.isEmpty() && DELETED.equals(dataType)) {
				this.ledger.markDeleted(code);
			}
			this.ledger.linkReversals();
		});
		if (listed.isEmpty()) {
			return DELETED.equals(dataType) ? new Outcome(true, code + " is listed by Qince no more: marked deleted")
					: new Outcome(false, "Qince lists no prepayment " + code + ": the ledger is unchanged");
		}
		SyncedPrepayment now = listed.get(listed.size() - 1);
		String state = code + " " + now.variant() + " as Qince lists it now (flow_status "
				+ now.prepayment().flowStatus() + ", " + now.details().size() + " lines)";
		return DELETED.equals(dataType) ? new Outcome(false, "Qince still lists " + state + ": not marked deleted")
				: new Outcome(true, state);
	}

	/**
	 * What {@link #refresh} did.
	 *
	 * @param done whether the ledger now shows what the push announced
	 * @param result one line for the push's record
	 */
	public record Outcome(boolean done, String result) {
	}

}
