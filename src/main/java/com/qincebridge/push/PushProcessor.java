package com.qincebridge.push;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import com.qincebridge.support.TradeMonthRun;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Processes stored statement pushes in the background: a bounded pool of
 * {@value #THREADS} threads and a queue of {@value #QUEUE} pushes. A re-sync whose job
 * and parameters are already queued or running is coalesced into it: it starts nothing
 * more. A push the queue cannot take stays RECEIVED and is processed when {@code serve}
 * starts again.
 */
@Component
public class PushProcessor implements DisposableBean {

	private static final Logger logger = LoggerFactory.getLogger(PushProcessor.class);

	static final int THREADS = 2;

	static final int QUEUE = 500;

	private final ExecutorService executor = new ThreadPoolExecutor(THREADS, THREADS, 0, TimeUnit.SECONDS,
			new LinkedBlockingQueue<>(QUEUE), (task) -> {
				Thread thread = new Thread(task, "qince-push");
				thread.setDaemon(true);
				return thread;
			});

	private final Set<String> pending = ConcurrentHashMap.newKeySet();

	private final QincePushes pushes;

	private final ResyncLauncher launcher;

	PushProcessor(QincePushes pushes, ResyncLauncher launcher) {
		this.pushes = pushes;
		this.launcher = launcher;
	}

	/** Queue the re-syncs of a stored push; returns at once. */
	void submit(String msgId, ResyncRequest request) {
		List<TradeMonthRun> runs = new ArrayList<>();
		List<String> coalesced = new ArrayList<>();
		for (TradeMonthRun run : request.runs()) {
			if (this.pending.add(key(request.job(), run))) {
				runs.add(run);
			}
			else {
				coalesced.add(request.job() + " " + run.toJobParameters(0) + " already queued or running");
			}
		}
		if (runs.isEmpty()) {
			this.pushes.finish(msgId, PushState.COALESCED, String.join("; ", coalesced));
			return;
		}
		try {
			this.executor.execute(() -> process(msgId, request.job(), runs, coalesced));
		}
		catch (RejectedExecutionException ex) {
			runs.forEach((run) -> this.pending.remove(key(request.job(), run)));
			logger.warn("Push {} stays RECEIVED: {} pushes are queued already", msgId, QUEUE);
		}
	}

	private void process(String msgId, String job, List<TradeMonthRun> runs, List<String> coalesced) {
		List<String> results = new ArrayList<>(coalesced);
		boolean failed = false;
		for (TradeMonthRun run : runs) {
			try {
				results.add(this.launcher.resync(job, run));
			}
			catch (Exception ex) {
				failed = true;
				results.add(job + " " + run.tradeMonth() + ": " + ex.getMessage());
				logger.error("Re-sync of push {} failed", msgId, ex);
			}
			finally {
				this.pending.remove(key(job, run));
			}
		}
		boolean allCompleted = results.stream()
			.allMatch((result) -> result.endsWith("COMPLETED") || result.contains("already queued or running"));
		this.pushes.finish(msgId, (failed || !allCompleted) ? PushState.FAILED : PushState.DONE,
				String.join("; ", results));
	}

	/**
	 * Queue the statement pushes stored but never processed (the process stopped first).
	 * @return how many were queued
	 */
	public int resumeReceived() {
		List<QincePushes.Stored> received = this.pushes.received();
		for (QincePushes.Stored push : received) {
			try {
				submit(push.msgId(), ResyncRequest.parse(push.dataType(), push.data()));
			}
			catch (IllegalArgumentException ex) {
				this.pushes.finish(push.msgId(), PushState.FAILED, ex.getMessage());
			}
		}
		return received.size();
	}

	private static String key(String job, TradeMonthRun run) {
		return job + " " + run.toJobParameters(0);
	}

	@Override
	public void destroy() {
		this.executor.shutdownNow();
	}

}
