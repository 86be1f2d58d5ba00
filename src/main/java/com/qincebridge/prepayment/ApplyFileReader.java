package com.qincebridge.prepayment;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.DigestUtils;

/**
 * Reads the items of the file of one run ({@link ApplyFile}); a file that cannot be read
 * fails the step with a {@link com.qincebridge.files.TableFileException}. One reader per
 * step execution: the job declares it step-scoped, bound to the job parameter
 * {@code file}. Takes each item's turn ({@link ApplyTurns}) as it reads it. On restart,
 * it reads the file again, uses the saved count of items to skip those before the last
 * restart position, and leaves out the items whose lines have an outcome recorded
 * ({@code prepayment_apply_row}, as {@link ApplyResultsWriter} left them when the step
 * starts reading): of the items processed before, only one in flight when the run stopped
 * is processed again, which the {@link ApplyLog} and the query by code make harmless.
 */
final class ApplyFileReader extends AbstractItemCountingItemStreamItemReader<ApplyItem> {

	/** The MD5 of the file as the run first read it, in the step's context. */
	private static final String DIGEST = "prepaymentApplyFileReader.md5";

	private final Path file;

	private final String codePrefix;

	private final JdbcClient jdbc;

	private final ApplyTurns turns;

	private @Nullable List<ApplyItem> items;

	private @Nullable Set<Integer> recorded;

	ApplyFileReader(Path file, String codePrefix, JdbcClient jdbc, ApplyTurns turns) {
		this.file = file;
		this.codePrefix = codePrefix;
		this.jdbc = jdbc;
		this.turns = turns;
		setName("prepaymentApplyFileReader");
	}

	@Override
	protected void doOpen() {
		this.items = ApplyFile.read(this.file, this.codePrefix);
	}

	/**
	 * Open the file and, on restart, refuse one that changed since the run started: its
	 * saved count and recorded lines would no longer name the same rows.
	 */
	@Override
	public void open(ExecutionContext executionContext) {
		String digest = digest();
		String started = executionContext.containsKey(DIGEST) ? executionContext.getString(DIGEST) : null;
		if (started != null && !started.equals(digest)) {
			throw new ItemStreamException(this.file + " changed since this run started, so it cannot be resumed;"
					+ " apply the file as it is now with run prepayment-apply --file=" + this.file + " --rerun");
		}
		super.open(executionContext);
		executionContext.putString(DIGEST, digest);
	}

	private String digest() {
		try (InputStream in = Files.newInputStream(this.file)) {
			return DigestUtils.md5DigestAsHex(in);
		}
		catch (IOException ex) {
			throw new ItemStreamException("Cannot read " + this.file + ": " + ex.getMessage(), ex);
		}
	}

	/** The next item by the item count, which counts the items left out too. */
	@Override
	protected @Nullable ApplyItem doRead() {
		List<ApplyItem> items = this.items;
		if (items == null) {
			return null;
		}
		for (int next = getCurrentItemCount() - 1; next < items.size(); next++) {
			ApplyItem item = items.get(next);
			if (!recorded().containsAll(item.lines())) {
				setCurrentItemCount(next + 1);
				this.turns.take(item);
				return item;
			}
		}
		setCurrentItemCount(items.size());
		return null;
	}

	/**
	 * The lines with an outcome, read when the step starts reading: after the writer has
	 * cleared the lines of an earlier run of the file on a first start.
	 */
	private Set<Integer> recorded() {
		Set<Integer> recorded = this.recorded;
		if (recorded == null) {
			recorded = new HashSet<>(this.jdbc.sql("SELECT line_no FROM prepayment_apply_row WHERE file_path = ?")
				.param(this.file.toString())
				.query(Integer.class)
				.list());
			this.recorded = recorded;
		}
		return recorded;
	}

	@Override
	protected void jumpToItem(int itemIndex) {
		// doRead reads by the item count, which the superclass has restored
	}

	@Override
	protected void doClose() {
		this.items = null;
		this.recorded = null;
	}

}
