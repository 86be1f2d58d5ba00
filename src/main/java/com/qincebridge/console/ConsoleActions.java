package com.qincebridge.console;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.qincebridge.cli.OperatorRuns;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Carries out what console users ask for: each action is written to the audit log with
 * the user, then runs in the background (a run can take an hour; the page shows its
 * progress), and its outcome is written to the audit log when it ends. Like the command
 * line's entry point, this catches everything: a failure is logged once and kept in the
 * audit log as FAILED.
 */
@Component
class ConsoleActions {

	private static final Logger logger = LoggerFactory.getLogger(ConsoleActions.class);

	private final AtomicInteger threads = new AtomicInteger();

	private final ExecutorService executor = Executors.newFixedThreadPool(2, (task) -> {
		Thread thread = new Thread(task, "console-action-" + this.threads.incrementAndGet());
		thread.setDaemon(true);
		return thread;
	});

	private final AuditLog audit;

	ConsoleActions(AuditLog audit) {
		this.audit = audit;
	}

	/** Record the action, and carry it out in the background. */
	void submit(String user, AuditLog.Action action, String target, Work work) {
		long id = this.audit.asked(user, action, target);
		logger.info("Console user {} asked for {} of {}", user, action, target);
		this.executor.submit(() -> carryOut(id, user, action, target, work));
	}

	/** Record the action and carry it out now (actions that return at once: stop). */
	OperatorRuns.Outcome now(String user, AuditLog.Action action, String target, Work work) {
		long id = this.audit.asked(user, action, target);
		return carryOut(id, user, action, target, work);
	}

	private OperatorRuns.Outcome carryOut(long id, String user, AuditLog.Action action, String target, Work work) {
		try {
			OperatorRuns.Outcome outcome = work.run();
			this.audit.ended(id, outcome.succeeded() ? "DONE" : "REFUSED", outcome.text().strip());
			logger.info("{} of {} for {} ended: {}", action, target, user, lastLine(outcome.text()));
			return outcome;
		}
		catch (Exception ex) {
			logger.error("{} of {} for {} failed", action, target, user, ex);
			String reason = (ex.getMessage() != null) ? ex.getMessage() : ex.getClass().getSimpleName();
			this.audit.ended(id, "FAILED", reason);
			return new OperatorRuns.Outcome(4, reason);
		}
	}

	private static String lastLine(String text) {
		String[] lines = text.strip().split("\n");
		return lines[lines.length - 1];
	}

	@PreDestroy
	void stop() {
		this.executor.shutdownNow();
	}

	interface Work {

		OperatorRuns.Outcome run() throws Exception;

	}

}
