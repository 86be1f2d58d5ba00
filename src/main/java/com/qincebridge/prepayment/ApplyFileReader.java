package com.qincebridge.prepayment;

import java.nio.file.Path;
import java.util.Iterator;

import org.jspecify.annotations.Nullable;

import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Reads the items of the file of one run ({@link ApplyFile}); a file that cannot be read
 * fails the step with a {@link com.qincebridge.files.TableFileException}. One reader per
 * step execution: the job declares it step-scoped, bound to the job parameter
 * {@code file}. On restart, it reads the file again and skips the items already
 * committed; an item done before a crash but not committed is processed again, which the
 * {@link ApplyLog} and the query by code make harmless.
 */
final class ApplyFileReader extends AbstractItemCountingItemStreamItemReader<ApplyItem> {

	private final Path file;

	private final String codePrefix;

	private @Nullable Iterator<ApplyItem> items;

	ApplyFileReader(Path file, String codePrefix) {
		this.file = file;
		this.codePrefix = codePrefix;
		setName("prepaymentApplyFileReader");
	}

	@Override
	protected void doOpen() {
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
