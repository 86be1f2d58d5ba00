package com.qincebridge.prepayment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

import com.qincebridge.erp.ErpBusinessType;
import com.qincebridge.erp.ErpClient;
import com.qincebridge.http.PermanentApiException;
import com.qincebridge.qince.Prepayment;
import com.qincebridge.qince.PrepaymentApply;
import com.qincebridge.qince.PrepaymentApplyDetail;
import com.qincebridge.qince.PrepaymentDetail;
import com.qincebridge.qince.PrepaymentDetailQuery;
import com.qincebridge.qince.PrepaymentExtUpdate;
import com.qincebridge.qince.PrepaymentLineExt;
import com.qincebridge.qince.PrepaymentQuery;
import com.qincebridge.qince.PrepaymentVariant;
import com.qincebridge.qince.QinceClient;
import org.jspecify.annotations.Nullable;

import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Creates or reverses one prepayment in Qince and writes the links. Before creating, it
 * asks Qince for the code (queryList by prepayment_code): a prepayment an earlier,
 * crashed attempt created is linked, never created again. After creating, it writes the
 * ERP payment detail id of each line into the line's configured custom field
 * (extFiledUpdate) and the prepayment code into the ERP detail (update_third_id); when
 * either is refused, the outcome is CREATED_NOT_LINKED and the next run writes the links.
 * A reversal Qince already shows (reverse_status 1) is not sent again. Rejections and
 * invalid requests are the item's FAILED outcome; a transient failure is thrown: the
 * step's window lets the items in flight finish and records their outcomes, then fails
 * the step, and the restart resumes from the {@link ApplyLog}. Runs on the window's
 * threads, one item each, in the item's turn ({@link ApplyTurns}): the items of one code
 * one after the other, in the order of the file.
 */
final class ApplyProcessor implements ItemProcessor<ApplyItem, ApplyOutcome> {

	private final Supplier<QinceClient> qince;

	private final Supplier<ErpClient> erp;

	private final ApplyLog log;

	private final String referenceField;

	private final ApplyTurns turns;

	ApplyProcessor(Supplier<QinceClient> qince, Supplier<ErpClient> erp, ApplyLog log, String referenceField,
			ApplyTurns turns) {
		this.qince = qince;
		this.erp = erp;
		this.log = log;
		this.referenceField = referenceField;
		this.turns = turns;
	}

	@Override
	public ApplyOutcome process(ApplyItem item) {
		return this.turns.work(item, () -> apply(item));
	}

	private ApplyOutcome apply(ApplyItem item) {
		if (item.problem() != null) {
			return ApplyOutcome.failed(item, item.problem());
		}
		String code = Objects.requireNonNull(item.code());
		PrepaymentVariant variant = Objects.requireNonNull(item.variant());
		try {
			return (item.reversal() != null) ? reverse(item, code, variant) : add(item, code, variant);
		}
		catch (PermanentApiException | UnmatchedLineException ex) {
			this.log.record(item.action(), code, variant, ApplyState.FAILED, ex.getMessage());
			return ApplyOutcome.failed(item, ex.getMessage());
		}
	}

	private ApplyOutcome add(ApplyItem item, String code, PrepaymentVariant variant) {
		if (this.log.state("ADD", code).filter(ApplyState.LINKED::equals).isPresent()) {
			return new ApplyOutcome(item, ApplyRowOutcome.APPLIED, "applied by an earlier run");
		}
		String note = null;
		if (find(variant, code).isPresent()) {
			note = "created by an earlier attempt";
		}
		else {
			this.log.record("ADD", code, variant, ApplyState.PENDING, null);
			this.qince.get().addPrepayment(variant, Objects.requireNonNull(item.apply()));
		}
		this.log.record("ADD", code, variant, ApplyState.ADDED, note);
		try {
			link(item, code, variant);
		}
		catch (PermanentApiException | UnmatchedLineException ex) {
			// ADDED stays: the next run finds the prepayment by its code and links it
			String reason = "created in Qince, link not written: " + ex.getMessage()
					+ "; the next run of this file writes it";
			this.log.record("ADD", code, variant, ApplyState.ADDED, reason);
			return new ApplyOutcome(item, ApplyRowOutcome.CREATED_NOT_LINKED, reason);
		}
		this.log.record("ADD", code, variant, ApplyState.LINKED, note);
		return new ApplyOutcome(item, ApplyRowOutcome.APPLIED, note);
	}

	private void link(ApplyItem item, String code, PrepaymentVariant variant) {
		List<PrepaymentDetail> lines = new ArrayList<>(
				this.qince.get().queryPrepaymentDetails(variant, PrepaymentDetailQuery.of(code, 1, 1000)));
		List<PrepaymentApplyDetail> wanted = Objects.requireNonNull(item.apply()).details();
		List<PrepaymentLineExt> exts = new ArrayList<>();
		List<PrepaymentApplyDetail> linked = new ArrayList<>();
		for (int i = 0; i < Objects.requireNonNull(wanted).size(); i++) {
			PrepaymentDetail line = take(lines, wanted.get(i), code);
			String detailId = item.erpDetailIds().get(i);
			if (detailId != null) {
				exts.add(new PrepaymentLineExt(this.referenceField, detailId, line.id()));
				linked.add(wanted.get(i));
			}
		}
		if (exts.isEmpty()) {
			return;
		}
		this.qince.get().updatePrepaymentExtFields(variant, new PrepaymentExtUpdate(code, null, exts));
		for (int i = 0; i < exts.size(); i++) {
			PrepaymentLineExt ext = exts.get(i);
			this.erp.get().updateThirdId(ErpBusinessType.FB_PAYMENT, ext.extValue(), code);
			this.log.link(ext.extValue(), code, ext.prepaymentCmId(), linked.get(i).activityCode(),
					new BigDecimal(Objects.requireNonNull(linked.get(i).prepaymentAmount())));
		}
	}

	private ApplyOutcome reverse(ApplyItem item, String code, PrepaymentVariant variant) {
		if (this.log.state("REVERSE", code).filter(ApplyState.REVERSED::equals).isPresent()) {
			return new ApplyOutcome(item, ApplyRowOutcome.REVERSED, "reversed by an earlier run");
		}
		Optional<Prepayment> found = find(variant, code);
		if (found.isEmpty()) {
			this.log.record("REVERSE", code, variant, ApplyState.FAILED,
					"Qince has no " + variant + " prepayment " + code);
			return ApplyOutcome.failed(item, "Qince has no " + variant + " prepayment " + code);
		}
		String note = null;
		if ("1".equals(found.get().reverseStatus())) {
			note = "already reversed in Qince";
		}
		else {
			this.qince.get().reversePrepayment(variant, Objects.requireNonNull(item.reversal()));
		}
		this.log.record("REVERSE", code, variant, ApplyState.REVERSED, note);
		return new ApplyOutcome(item, ApplyRowOutcome.REVERSED, note);
	}

	private Optional<Prepayment> find(PrepaymentVariant variant, String code) {
		PrepaymentQuery query = new PrepaymentQuery(null, null, null, null, code, null, null, null, null, "1", "10");
		return this.qince.get()
			.queryPrepayments(variant, query)
			.stream()
			.filter((prepayment) -> prepayment.prepaymentCode().equals(code))
			.findFirst();
	}

	private static PrepaymentDetail take(List<PrepaymentDetail> lines, PrepaymentApplyDetail wanted, String code) {
		for (PrepaymentDetail line : lines) {
			if (Objects.equals(line.activityCode(), wanted.activityCode())
					&& Objects.equals(emptyToNull(line.activityCmId()), wanted.activityCmId())
					&& line.prepaymentAmount() != null && wanted.prepaymentAmount() != null
					&& line.prepaymentAmount().compareTo(new BigDecimal(wanted.prepaymentAmount())) == 0) {
				lines.remove(line);
				return line;
			}
		}
		throw new UnmatchedLineException("Qince's prepayment " + code + " has no line for activity "
				+ wanted.activityCode() + " line " + wanted.activityCmId() + " amount " + wanted.prepaymentAmount());
	}

	private static @Nullable String emptyToNull(@Nullable String text) {
		return (text == null || text.isEmpty()) ? null : text;
	}

	/** Qince's prepayment lacks a line of the file: its links cannot be written. */
	static final class UnmatchedLineException extends RuntimeException {

		UnmatchedLineException(String message) {
			super(message);
		}

	}

}
