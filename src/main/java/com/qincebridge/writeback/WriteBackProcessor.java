package com.qincebridge.writeback;

import com.qincebridge.erp.ErpClient;
import com.qincebridge.http.PermanentApiException;
import com.qincebridge.http.TransientApiException;
import com.qincebridge.support.TradeMonthRun;
import org.jspecify.annotations.Nullable;

import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Makes one write-back call to zhixdl (update_voucher_no on an order, update_third_id on
 * a line) and records its outcome at once ({@link WriteBackLog}). A permanent refusal
 * (unknown id, for example) is recorded as FAILED with the reason and the run goes on; a
 * transient failure that outlasts the client's retries fails the step, and a restart
 * resumes with the write-backs not yet recorded. Write-backs of customers outside the
 * run's {@code customers} are filtered out. Runs concurrently for the items of a chunk.
 */
final class WriteBackProcessor implements ItemProcessor<WriteBack, WriteBackOutcome> {

	private final ErpClient client;

	private final WriteBackLog log;

	private final TradeMonthRun run;

	private final long jobExecutionId;

	WriteBackProcessor(ErpClient client, WriteBackLog log, TradeMonthRun run, long jobExecutionId) {
		this.client = client;
		this.log = log;
		this.run = run;
		this.jobExecutionId = jobExecutionId;
	}

	@Override
	public @Nullable WriteBackOutcome process(WriteBack writeBack) {
		if (!this.run.includes(writeBack.customerCode())) {
			return null;
		}
		WriteBackOutcome outcome;
		try {
			switch (writeBack.target()) {
				case ORDER ->
					this.client.updateVoucherNo(writeBack.businessType(), writeBack.targetId(), writeBack.value());
				case DETAIL ->
					this.client.updateThirdId(writeBack.businessType(), writeBack.targetId(), writeBack.value());
			}
			outcome = new WriteBackOutcome(writeBack, true, null, null);
		}
		catch (PermanentApiException ex) {
			outcome = new WriteBackOutcome(writeBack, false, ex.getMessage(), null);
		}
		catch (TransientApiException ex) {
			// returned, not thrown: the other calls of the chunk finish
			// and are recorded before the writer fails the step
			return new WriteBackOutcome(writeBack, false, ex.getMessage(), ex);
		}
		this.log.record(outcome, this.jobExecutionId);
		return outcome;
	}

}
