package com.qincebridge.writeback;

import com.qincebridge.erp.ErpClient;
import com.qincebridge.http.PermanentApiException;
import com.qincebridge.support.TradeMonthRun;
import org.jspecify.annotations.Nullable;

import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Makes one write-back call to zhixdl (update_voucher_no on an order, update_third_id on
 * a line). A permanent refusal (zhixdl's envelope refusing, an unknown id for example) is
 * an outcome, FAILED with zhixdl's reason, and the run goes on. A transient failure that
 * outlasts the client's retries (I/O, timeouts, 5xx, 429, and answers that are not
 * zhixdl's envelope at all, such as a gateway's HTML page with HTTP 200) is thrown: the
 * step's window lets the calls in flight finish and records their outcomes, then fails
 * the step, which a restart resumes with the write-backs not yet recorded; it is never
 * recorded as refused. Write-backs of customers outside the run's {@code customers} are
 * filtered out. Runs on the window's threads, one call each.
 */
final class WriteBackProcessor implements ItemProcessor<WriteBack, WriteBackOutcome> {

	private final ErpClient client;

	private final TradeMonthRun run;

	WriteBackProcessor(ErpClient client, TradeMonthRun run) {
		this.client = client;
		this.run = run;
	}

	@Override
	public @Nullable WriteBackOutcome process(WriteBack writeBack) {
		if (!this.run.includes(writeBack.customerCode())) {
			return null;
		}
		try {
			switch (writeBack.target()) {
				case ORDER ->
					this.client.updateVoucherNo(writeBack.businessType(), writeBack.targetId(), writeBack.value());
				case DETAIL ->
					this.client.updateThirdId(writeBack.businessType(), writeBack.targetId(), writeBack.value());
			}
			return new WriteBackOutcome(writeBack, true, null);
		}
		catch (PermanentApiException ex) {
			return new WriteBackOutcome(writeBack, false, ex.getMessage());
		}
	}

}
