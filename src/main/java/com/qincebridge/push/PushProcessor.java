package com.qincebridge.push;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;

import com.qincebridge.prepayment.PrepaymentPushes;
import com.qincebridge.support.TradeMonthRun;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Processes the stored pushes in the background, taking them from {@code qince_push}
 * (oldest first) whenever one of {@code bridge.push.threads} threads is free: the table
 * is the queue, so no push is ever dropped or stranded however many arrive, and the
 * pushes stored while {@code serve} was down are processed once it runs again. The
 * receiver wakes the dispatcher after each push it stores; otherwise it looks every
 * {@code bridge.push.poll-every}.
 * <ul>
 * <li>{@code ksf_statement} / {@code ksf_expense}: the re-sync runs, handed to the
 * {@link ResyncLauncher}. A re-sync whose job and parameters are running already is
 * coalesced into it (state COALESCED); DONE when every run completed, FAILED
 * otherwise.</li>
 * <li>{@code cuxiao_verify_display} / {@code cuxiao_prepayment_delete}: the prepayment is
 * read again from Qince ({@link PrepaymentPushes}); DONE, or FAILED with the reason.</li>
 * <li>anything else: IGNORED.</li>
 * </ul>
 * A push whose processing was cut short by the process ending stays RECEIVED and is
 * processed again.
 */
@Component
public class PushProcessor implements DisposableBean {

	private static final Logger logger = LoggerFactory.getLogger(PushProcessor.class);

	private final QincePushes pushes;

	private final ResyncLauncher launcher;

	private final PrepaymentPushes prepayments;

	private final PushProperties properties;

	private final ExecutorService workers;

	private final Semaphore free;

	private final Set<String> inFlight = ConcurrentHashMap.newKeySet();

	private final Set<String> runsInFlight = ConcurrentHashMap.newKeySet();

	private final AtomicBoolean started = new AtomicBoolean();

	private final Object signal = new Object();

	private boolean woken;

	private volatile boolean stopped;

	PushProcessor(QincePushes pushes, ResyncLauncher launcher, PrepaymentPushes prepayments,
			PushProperties properties) {
		this.pushes = pushes;
		this.launcher = launcher;
		this.prepayments = prepayments;
		this.properties = properties;
		this.workers = Executors.newFixedThreadPool(properties.threads(), (task) -> daemon(task, "qince-push"));
		this.free = new Semaphore(properties.threads());
	}

	/**
	 * Start processing the stored pushes, if not started yet.
	 * @return how many pushes wait to be processed
	 */
	public int resumeReceived() {
		if (this.started.compareAndSet(false, true)) {
			daemon(this::dispatch, "qince-push-dispatcher").start();
		}
		return this.pushes.waiting();
	}

	/** Look at the stored pushes now (one was just stored). */
	void wake() {
		synchronized (this.signal) {
			this.woken = true;
			this.signal.notifyAll();
		}
	}

	private void dispatch() {
		while (!this.stopped) {
			try {
				this.free.acquire();
				QincePushes.Stored next = next();
				if (next == null) {
					this.free.release();
					await();
					continue;
				}
				this.inFlight.add(next.msgId());
				// the re-sync runs are claimed here, one push after the other in the
				// order they were stored, so that the first of two equal pushes runs
				Runnable work = prepare(next);
				this.workers.execute(() -> {
					try {
						guarded(next, work);
					}
					finally {
						this.inFlight.remove(next.msgId());
						this.free.release();
						wake();
					}
				});
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (RuntimeException ex) {
				this.free.release();
				logger.warn("Stored pushes could not be read, trying again in {}: {}", this.properties.pollEvery(),
						ex.getMessage());
				await();
			}
		}
	}

	private QincePushes.@Nullable Stored next() {
		for (QincePushes.Stored push : this.pushes.next(this.inFlight.size() + 1)) {
			if (!this.inFlight.contains(push.msgId())) {
				return push;
			}
		}
		return null;
	}

	private void await() {
		synchronized (this.signal) {
			if (!this.woken && !this.stopped) {
				try {
					this.signal.wait(this.properties.pollEvery().toMillis());
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			}
			this.woken = false;
		}
	}

	private Runnable prepare(QincePushes.Stored push) {
		if (ResyncRequest.isResync(push.dataType())) {
			ResyncRequest request;
			try {
				request = ResyncRequest.parse(push.dataType(), push.data());
			}
			catch (IllegalArgumentException ex) {
				return () -> {
					throw ex;
				};
			}
			List<TradeMonthRun> claimed = new ArrayList<>();
			List<String> coalesced = new ArrayList<>();
			for (TradeMonthRun run : request.runs()) {
				if (this.runsInFlight.add(key(request.job(), run))) {
					claimed.add(run);
				}
				else {
					coalesced.add(request.job() + " " + run.toJobParameters(0) + " already queued or running");
				}
			}
			return () -> resync(push.msgId(), request.job(), claimed, coalesced);
		}
		if (PrepaymentPushes.handles(push.dataType())) {
			return () -> {
				PrepaymentPushes.Outcome outcome = this.prepayments.refresh(push.dataType(),
						PrepaymentPushes.prepaymentCode(push.dataType(), push.data()));
				this.pushes.finish(push.msgId(), outcome.done() ? PushState.DONE : PushState.FAILED, outcome.result());
				logger.info("Push {} ({}): {}", push.msgId(), push.dataType(), outcome.result());
			};
		}
		return () -> this.pushes.finish(push.msgId(), PushState.IGNORED,
				"no processing for data type " + push.dataType());
	}

	private void guarded(QincePushes.Stored push, Runnable work) {
		try {
			work.run();
		}
		catch (RuntimeException ex) {
			if (this.stopped) {
				logger.info("Push {} ({}) stays {}: the process is stopping", push.msgId(), push.dataType(),
						PushState.RECEIVED);
				return;
			}
			logger.warn("Push {} ({}) failed: {}", push.msgId(), push.dataType(), ex.getMessage());
			logger.debug("Push {} failed", push.msgId(), ex);
			this.pushes.finish(push.msgId(), PushState.FAILED, String.valueOf(ex.getMessage()));
		}
	}

	private void resync(String msgId, String job, List<TradeMonthRun> runs, List<String> coalesced) {
		List<String> results = new ArrayList<>(coalesced);
		if (runs.isEmpty()) {
			this.pushes.finish(msgId, PushState.COALESCED, String.join("; ", results));
			return;
		}
		boolean failed = false;
		try {
			for (TradeMonthRun run : runs) {
				if (this.stopped) {
					return;
				}
				try {
					String result = this.launcher.resync(job, run);
					results.add(result);
					failed |= !result.endsWith("COMPLETED");
				}
				catch (Exception ex) {
					failed = true;
					results.add(job + " " + run.tradeMonth() + ": " + ex.getMessage());
					logger.warn("Re-sync of push {} failed: {}", msgId, ex.getMessage());
					logger.debug("Re-sync of push {} failed", msgId, ex);
				}
				finally {
					this.runsInFlight.remove(key(job, run));
				}
			}
		}
		finally {
			runs.forEach((run) -> this.runsInFlight.remove(key(job, run)));
		}
		if (!this.stopped) {
			this.pushes.finish(msgId, failed ? PushState.FAILED : PushState.DONE, String.join("; ", results));
		}
	}

	private static String key(String job, TradeMonthRun run) {
		return job + " " + run.toJobParameters(0);
	}

	private static Thread daemon(Runnable task, String name) {
		Thread thread = new Thread(task, name);
		thread.setDaemon(true);
		return thread;
	}

	@Override
	public void destroy() {
		this.stopped = true;
		wake();
		this.workers.shutdownNow();
	}

}
