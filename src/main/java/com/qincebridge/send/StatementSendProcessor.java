package com.qincebridge.send;

import com.qincebridge.statement.StatementLedger;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.qincebridge.support.Columns;
import com.qincebridge.support.TradeMonthRun;
import com.qincebridge.http.ApiException;
import com.qincebridge.http.ApiRejectedException;
import com.qincebridge.http.InvalidRequestException;
import com.qincebridge.qince.QinceAck;
import com.qincebridge.qince.QinceClient;
import com.qincebridge.qince.StatementErrorLog;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one statement to Qince, unless Qince must not or need not have it:
 * <ul>
 * <li>Qince shows it confirmed (已确认): never overwritten; the difference is logged in
 * Qince with saveStatementError / saveExpenseError and the statement marked
 * CONFLICT.</li>
 * <li>a send of the same content started before the run stopped, and Qince's copy changed
 * since: its modify_time is no earlier than when the send started (within
 * {@code clockSkew}) and later than before the send (the previous save of a re-sent
 * statement can be recent too): it landed; nothing is sent again.</li>
 * </ul>
 * Otherwise the attempt is recorded first, then the statement is sent: the window hands
 * each page of statements to {@link #beforeCalls} before any of them starts, which
 * records the attempts of those that will be sent in one transaction (a statement that
 * did not come through it has its attempt recorded alone, before its call), and takes
 * back in {@link #notCalled} the attempts of those whose sends never started. A business
 * rejection is logged in Qince and returned as REJECTED; the run goes on. Transient
 * failures that outlast the client's retries, and answers that break the contract (Qince
 * may have saved the statement), are thrown: the step's window lets the sends in flight
 * finish and records them, then fails the step; a restart asks Qince first whether the
 * recorded attempt landed. Statements of customers outside the run's {@code customers}
 * are filtered out. Its calls run on the step window's threads, one statement each; a
 * page's attempts are recorded on the step's thread, before the page's calls.
 */
final class StatementSendProcessor implements SendProcessor {

	static final String CONFIRMED = "已确认";

	private static final Logger logger = LoggerFactory.getLogger(StatementSendProcessor.class);

	private static final DateTimeFormatter QINCE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private final QinceClient qince;

	private final StatementLedger ledger;

	private final Clock clock;

	private final Duration clockSkew;

	private final TradeMonthRun run;

	private final Map<String, StatementLedger.Attempt> attemptsRecorded = new ConcurrentHashMap<>();

	StatementSendProcessor(QinceClient qince, StatementLedger ledger, Clock clock, Duration clockSkew,
			TradeMonthRun run) {
		this.qince = qince;
		this.ledger = ledger;
		this.clock = clock;
		this.clockSkew = clockSkew;
		this.run = run;
	}

	/** Record the attempts of the statements of a page that will be sent. */
	@Override
	public void beforeCalls(List<? extends PendingStatement> statements) {
		List<StatementLedger.Attempt> attempts = new ArrayList<>();
		for (PendingStatement statement : statements) {
			if (willSend(statement)) {
				attempts.add(attempt(statement));
			}
		}
		this.ledger.recordAttempts(attempts);
		attempts.forEach((attempt) -> this.attemptsRecorded.put(attempt.statementNo(), attempt));
	}

	/**
	 * Take back the attempts recorded for statements of a page whose sends never started
	 * (the step stopped or failed first): each gets back the attempt it had before, so
	 * that a restart treats it as before this run, and never takes a change of Qince's
	 * copy meanwhile for a send that was not made.
	 */
	@Override
	public void notCalled(List<? extends PendingStatement> statements) {
		List<StatementLedger.TakenBack> takenBack = new ArrayList<>();
		for (PendingStatement statement : statements) {
			StatementLedger.Attempt attempt = this.attemptsRecorded.remove(statement.statementNo());
			if (attempt != null) {
				takenBack.add(new StatementLedger.TakenBack(attempt, statement.attemptHash(), statement.attemptAt(),
						statement.attemptQinceModifyTime()));
			}
		}
		try {
			this.ledger.takeBackAttempts(takenBack);
		}
		catch (RuntimeException ex) {
			// the window logs it once, with this message
			throw new IllegalStateException("Could not take back the attempts of statements never sent: "
					+ takenBack.stream().map((taken) -> taken.attempt().statementNo()).toList(), ex);
		}
	}

	private boolean willSend(PendingStatement statement) {
		return this.run.includes(statement.customerCode()) && !CONFIRMED.equals(statement.qinceStatus())
				&& !landedBeforeRestart(statement);
	}

	private StatementLedger.Attempt attempt(PendingStatement statement) {
		return new StatementLedger.Attempt(statement.statementNo(), statement.contentHash(),
				LocalDateTime.now(this.clock), statement.qinceModifyTime());
	}

	@Override
	public @Nullable SendOutcome process(PendingStatement statement) {
		if (!this.run.includes(statement.customerCode())) {
			return null;
		}
		if (CONFIRMED.equals(statement.qinceStatus())) {
			String reason = "对账单" + statement.statementNo() + "已确认，ERP数据有变化，未覆盖";
			logInQince(statement, reason);
			return SendOutcome.refused(statement, SendResult.CONFLICT, "CONFIRMED",
					"confirmed in Qince; the ERP data changed since, so the statement was not overwritten");
		}
		if (landedBeforeRestart(statement)) {
			return SendOutcome.landed(statement);
		}
		if (this.attemptsRecorded.remove(statement.statementNo()) == null) {
			this.ledger.recordAttempts(List.of(attempt(statement)));
		}
		try {
			QinceAck ack = statement.kind().save(this.qince, statement.contentJson());
			return SendOutcome.sent(statement, ack);
		}
		catch (ApiRejectedException ex) {
			logInQince(statement, ex.reason());
			return SendOutcome.refused(statement, SendResult.REJECTED, ex.code(), ex.reason());
		}
		catch (InvalidRequestException ex) {
			return SendOutcome.refused(statement, SendResult.REJECTED, "INVALID", ex.getMessage());
		}
	}

	private boolean landedBeforeRestart(PendingStatement statement) {
		LocalDateTime attemptAt = statement.attemptAt();
		if (attemptAt == null || !statement.contentHash().equals(statement.attemptHash())
				|| statement.qinceStatementId() == null) {
			return false;
		}
		LocalDateTime modified = parse(statement.qinceModifyTime());
		LocalDateTime before = parse(statement.attemptQinceModifyTime());
		return modified != null && !modified.isBefore(attemptAt.minus(this.clockSkew))
				&& (before == null || modified.isAfter(before));
	}

	private void logInQince(PendingStatement statement, String reason) {
		try {
			statement.kind()
				.logError(this.qince, new StatementErrorLog(statement.customerCode(), statement.startDate(),
						Columns.fit(reason, 100), null));
		}
		catch (ApiException ex) {
			// the outcome is recorded in the ledger and the report either way
			logger.warn("Could not log the error of {} in Qince: {}", statement.statementNo(), ex.getMessage());
		}
	}

	private static @Nullable LocalDateTime parse(@Nullable String time) {
		if (time == null || time.isBlank()) {
			return null;
		}
		try {
			return LocalDateTime.parse(time.strip(), QINCE_TIME);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
