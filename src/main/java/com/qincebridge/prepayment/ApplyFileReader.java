package com.qincebridge.prepayment;

import java.nio.file.Path;
import java.util.Iterator;

import org.jspecify.annotations.Nullable;

import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Reads the items of the file named by the job parameter {@code file}
 * ({@link ApplyFile}); a file that cannot be read fails the step with a
 * {@link com.qincebridge.files.TableFileException}. It must be registered as its step's
 * listener too. On restart, it reads the file again and skips the items already
 * committed; an item done before a crash but not committed is processed again, which the
 * {@link ApplyLog} and the query by code make harmless.
 */
final class ApplyFileReader extends AbstractItemCountingItemStreamItemReader<ApplyItem>
		implements StepExecutionListener {

	private final String codePrefix;

	private @Nullable Path file;

	private @Nullable Iterator<ApplyItem> items;

	ApplyFileReader(String codePrefix) {
		this.codePrefix = codePrefix;
		setName("prepaymentApplyFileReader");
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		this.file = PrepaymentApplyJobConfiguration.file(stepExecution.getJobExecution());
	}

	@Override
	protected void doOpen() {
		if (this.file == null) {
			throw new IllegalStateException(getName() + " must be registered as a listener of its step");
		}
		this.items = ApplyFile.read(this.file, this.codePrefix).iterator();
	}

	@Override
	protected @Nullable ApplyItem doRead() {
		return (this.items != null && this.items.hasNext()) ? this.items.next() : null;
	}

	@Override
	protected void doClose() {
		this.items = null;
	}

}
