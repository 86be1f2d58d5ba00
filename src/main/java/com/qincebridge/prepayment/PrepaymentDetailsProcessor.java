package com.qincebridge.prepayment;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import com.qincebridge.qince.Prepayment;
import com.qincebridge.qince.PrepaymentDetail;
import com.qincebridge.qince.PrepaymentDetailQuery;
import com.qincebridge.qince.PrepaymentVariant;
import com.qincebridge.qince.QinceClient;

import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Adds every line of a prepayment (queryDetailList / queryOnlineCostDetailList, all
 * pages). Only reads, so a failure is thrown: the step's window lets the prepayments in
 * flight finish and saves them, then fails the step, and the restart simply reads again.
 * Holds no state of its own: it runs on the window's threads, and the pushes use it too.
 */
final class PrepaymentDetailsProcessor implements ItemProcessor<Prepayment, SyncedPrepayment> {

	private final Supplier<QinceClient> qince;

	private final PrepaymentVariant variant;

	private final int pageSize;

	PrepaymentDetailsProcessor(Supplier<QinceClient> qince, PrepaymentVariant variant, int pageSize) {
		this.qince = qince;
		this.variant = variant;
		this.pageSize = pageSize;
	}

	@Override
	public SyncedPrepayment process(Prepayment prepayment) {
		List<PrepaymentDetail> details = new ArrayList<>();
		for (int page = 1;; page++) {
			List<PrepaymentDetail> rows = this.qince.get()
				.queryPrepaymentDetails(this.variant,
						PrepaymentDetailQuery.of(prepayment.prepaymentCode(), page, this.pageSize));
			details.addAll(rows);
			if (rows.size() < this.pageSize) {
				return new SyncedPrepayment(this.variant, prepayment, details);
			}
		}
	}

}
