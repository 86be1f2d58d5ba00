package com.qincebridge.prepayment;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

/**
 * Keeps the items of one code in the order of the file while the apply step works on
 * several items at once: an item makes its calls only once the item of the same code read
 * before it has ended, so a reversal of a prepayment that the same file creates waits for
 * the create. Items of different codes never wait for each other. The reader takes each
 * item's turn, in the order it reads them; the processor works in it, on the step's
 * threads. One per step execution: the job declares it step-scoped (a class proxy, hence
 * not final).
 * <p>
 * The item waited for was read, and so started, before the one that waits (the step
 * starts items in the order they are read), so a wait always ends. When that item fails,
 * the one after it makes no call and fails with {@link EarlierItemFailedException}: the
 * restart applies both, in order.
 */
class ApplyTurns {

	// guarded by this
	private final Map<String, CompletableFuture<Void>> lastOfCode = new HashMap<>();

	private final Map<Integer, Turn> turns = new ConcurrentHashMap<>();

	/** The item's turn comes after that of the last item of its code read before it. */
	public synchronized void take(ApplyItem item) {
		String code = item.code();
		if (code == null) {
			return;
		}
		CompletableFuture<Void> ended = new CompletableFuture<>();
		CompletableFuture<Void> before = this.lastOfCode.put(code, ended);
		this.turns.put(item.lines().get(0), new Turn(item, before, ended));
	}

	/**
	 * Do an item's work in its turn: once the item of its code before it has ended, then
	 * end the item's own turn.
	 * @throws EarlierItemFailedException when the item before it failed
	 */
	public <T> T work(ApplyItem item, Supplier<T> work) {
		Turn turn = this.turns.remove(item.lines().get(0));
		if (turn == null) {
			return work.get();
		}
		try {
			turn.awaitBefore();
			T result = work.get();
			turn.ended().complete(null);
			return result;
		}
		catch (RuntimeException | Error ex) {
			turn.ended().completeExceptionally(ex);
			throw ex;
		}
	}

	private record Turn(ApplyItem item, @Nullable CompletableFuture<Void> before, CompletableFuture<Void> ended) {

		void awaitBefore() {
			if (this.before == null) {
				return;
			}
			try {
				this.before.get();
			}
			catch (ExecutionException ex) {
				throw new EarlierItemFailedException(this.item, ex.getCause());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new EarlierItemFailedException(this.item, ex);
			}
		}

	}

	/**
	 * The item of the same code before this one failed (or the wait for it was
	 * interrupted): this one made no call.
	 */
	static final class EarlierItemFailedException extends RuntimeException {

		EarlierItemFailedException(ApplyItem item, Throwable cause) {
			super("line " + item.lines().get(0) + " is not applied: an earlier line of " + item.code()
					+ " failed first", cause);
		}

	}

}
