package com.qincebridge.writeback;

import com.qincebridge.erp.ErpClient;
import com.qincebridge.http.PermanentApiException;
import com.qincebridge.http.TransientApiException;

import org.springframework.batch.core.scope.context.StepSynchronizationManager;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Makes one write-back call to zhixdl (update_voucher_no on an order, update_third_id on
 * a line) and records its outcome at once ({@link WriteBackLog}). A permanent refusal
 * (unknown id, for example) is recorded as FAILED with the reason and the run goes on; a
 * transient failure that outlasts the client's retries fails the step, and a restart
 * resumes with the write-backs not yet recorded. Runs concurrently for the items of a
 * chunk.
 */
public final class WriteBackProcessor implements ItemProcessor<WriteBack, WriteBackOutcome> {

	private final ErpClient client;

	private final WriteBackLog log;

	public WriteBackProcessor(ErpClient client, WriteBackLog log) {
		this.client = client;
		this.log = log;
	}

	@Override
	public WriteBackOutcome process(WriteBack writeBack) {
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
		this.log.record(outcome, StepSynchronizationManager.getContext().getStepExecution().getJobExecutionId());
		return outcome;
	}

}
