package com.qincebridge.statement;

import com.qincebridge.erp.ErpClient;
import com.qincebridge.http.PermanentApiException;

import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Makes one write-back call to zhixdl (update_voucher_no on an order, update_third_id on
 * a line). A permanent refusal (unknown id, for example) is returned as FAILED with the
 * reason and the run goes on; a transient failure that outlasts the client's retries
 * fails the step, and a restart resumes with the write-backs not yet recorded. Runs
 * concurrently for a chunk.
 */
final class WriteBackProcessor implements ItemProcessor<WriteBack, WriteBackOutcome> {

	private final ErpClient client;

	WriteBackProcessor(ErpClient client) {
		this.client = client;
	}

	@Override
	public WriteBackOutcome process(WriteBack writeBack) {
		ErpClient client = this.client;
		try {
			switch (writeBack.target()) {
				case ORDER -> client.updateVoucherNo(writeBack.businessType(), writeBack.targetId(), writeBack.value());
				case DETAIL -> client.updateThirdId(writeBack.businessType(), writeBack.targetId(), writeBack.value());
			}
			return new WriteBackOutcome(writeBack, true, null);
		}
		catch (PermanentApiException ex) {
			return new WriteBackOutcome(writeBack, false, ex.getMessage());
		}
	}

}
