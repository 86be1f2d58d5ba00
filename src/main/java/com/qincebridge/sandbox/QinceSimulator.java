package com.qincebridge.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import tools.jackson.databind.node.ObjectNode;

/**
 * The Qince simulator of a {@link Sandbox}: statements, customers, error logs and
 * prepayments, its fault plan, and pushes to a receiver. What a client can rely on:
 * <ul>
 * <li>Addresses: {@code POST /api/{module}/v1/{operation}/{openid}/{timestamp}/{digest}/
 * {msg_id}} with each operation under its documented module (queryStatement, saveExpense,
 * saveExpenseError and queryExpenseStatement under {@code ksfreport}); anything else is
 * HTTP 404, another method than POST 405.</li>
 * <li>Every call is refused with {@code return_code} 1 and a message naming the check
 * when the openid is not the configured one, the timestamp is not {@code yyyyMMddHHmmss}
 * in Asia/Shanghai within the settings' skew of the sandbox clock, the digest is not the
 * lowercase hex MD5 of {@code body|appkey|timestamp}, the msg_id is empty, longer than 32
 * characters or already used, or the body is no JSON object.</li>
 * <li>Answers: saves {@code {msg_id, return_code: 0}}, queries {@code return_code "0"}
 * with {@code response_data} a string holding the JSON rows, errors a numeric return_code
 * (1, or 100608 for a missing or malformed statement field as in the documents).</li>
 * <li>Statements are stored by serial_no (goods) and statement_no (expense); a second
 * save overwrites and counts; the statement_id (19 digits) never changes;
 * statement_status is 未确认 until {@link #confirm} or {@link #setStatementStatus}; a
 * confirmed statement refuses saves (return_code 1), counted in
 * {@link SavedStatement#refusedSaves()}. Queries need trade_month ("对账月份不能为空!") and
 * return pages of {@link SandboxSettings#statementPageSize()} by page_number.</li>
 * <li>Prepayments: a code is refused when ever used before, in either variant; a reversal
 * adds the red document (reverse_status 2, negated lines) and marks the original
 * (reverse_status 1); lists filter by create, modify and audit times, code, activity and
 * flow status, paged by page and rows (default 1000).</li>
 * </ul>
 * Endpoints are named {@code module/operation}, such as
 * {@code ksfStatement/saveStatement}, in call counts and fault rules, where the operation
 * alone ({@code saveStatement}) names them too.
 */
public final class QinceSimulator {

	private final SandboxCredentials credentials;

	private final QinceCustomers customers;

	private final StatementBook statements;

	private final PrepaymentBook prepayments;

	private final CallLog calls = new CallLog();

	private final FaultPlan faults;

	private final QinceProtocol protocol;

	private final PushSender pushSender;

	private final List<PushAnswer> pushes = new ArrayList<>();

	QinceSimulator(SandboxSettings settings, List<ErpCustomer> erpCustomers) {
		this.credentials = settings.credentials();
		this.customers = new QinceCustomers(
				erpCustomers.stream().filter(ErpCustomer::knownToQince).map(ErpCustomer::code).toList(),
				erpCustomers.stream().collect(Collectors.toMap(ErpCustomer::code, ErpCustomer::name)));
		long seed = settings.data().seed();
		this.statements = new StatementBook(seed, settings.clock(), settings.statementPageSize(), this.customers);
		this.prepayments = new PrepaymentBook(seed, settings.clock());
		this.faults = new FaultPlan(seed);
		this.protocol = new QinceProtocol(this.credentials, settings.clock(), settings.timestampSkew(),
				QinceOperations.of(this.statements, this.prepayments, this.customers));
		this.pushSender = new PushSender(this.credentials, settings.clock());
	}

	/** The openid, appkey, push secret and tenant id the simulator uses. */
	public SandboxCredentials credentials() {
		return this.credentials;
	}

	public FaultPlan faults() {
		return this.faults;
	}

	/**
	 * The calls so far of the endpoints an endpoint name covers (see {@link FaultPlan}).
	 */
	public int calls(String endpoint) {
		return this.calls.count(endpoint);
	}

	/** The calls so far per endpoint. */
	public Map<String, Integer> calls() {
		return this.calls.snapshot();
	}

	/**
	 * The calls being handled now. A call whose client was killed still takes effect once
	 * its injected latency has passed; wait for none to be in progress before taking what
	 * a killed run did.
	 */
	public int callsInProgress() {
		return this.calls.inProgress();
	}

	/**
	 * Tell an observer of every call from now on, as it arrives; {@link #reset()} keeps
	 * the observers.
	 */
	public void onCall(CallObserver observer) {
		this.calls.observe(observer);
	}

	/** The customer codes getCustomers returns. */
	public List<String> customers() {
		return this.customers.codes();
	}

	/** Replace the customers getCustomers returns. */
	public void setCustomers(Collection<String> customerCodes) {
		this.customers.set(customerCodes);
	}

	/**
	 * Refuse (return_code 1, "客户不存在!") saves for customers getCustomers does not return.
	 */
	public void rejectUnknownCustomers(boolean reject) {
		this.customers.rejectUnknown(reject);
	}

	/** Answer with gzip-encoded bodies to clients that accept them. */
	public void gzipAnswers(boolean gzip) {
		this.protocol.gzip(gzip);
	}

	/** A goods-payment statement (货款对账单) by serial_no. */
	public Optional<SavedStatement> statement(String serialNo) {
		return this.statements.get(StatementKind.GOODS, serialNo);
	}

	/** An expense statement (费用对账单) by statement_no. */
	public Optional<SavedStatement> expense(String statementNo) {
		return this.statements.get(StatementKind.EXPENSE, statementNo);
	}

	/** Every statement of a kind, by number. */
	public List<SavedStatement> statements(StatementKind kind) {
		return this.statements.all(kind);
	}

	/** Set a statement's statement_status, such as 已确认 (see {@link #confirm}). */
	public SavedStatement setStatementStatus(StatementKind kind, String number, String status) {
		return this.statements.setStatus(kind, number, status);
	}

	/** Confirm a statement (已确认), as the customer would in Qince. */
	public SavedStatement confirm(StatementKind kind, String number) {
		return setStatementStatus(kind, number, StatementBook.CONFIRMED);
	}

	/** The accepted saveStatementError and saveExpenseError calls, in order. */
	public List<QinceErrorLog> errorLogs() {
		return this.statements.errorLogs();
	}

	/** The prepayments of a variant, in the order they were created. */
	public List<QincePrepayment> prepayments(PrepaymentKind kind) {
		return this.prepayments.all(kind);
	}

	public Optional<QincePrepayment> prepayment(String code) {
		return this.prepayments.get(code);
	}

	/** Approve (1), send back (2), … a prepayment, as a Qince user would. */
	public QincePrepayment setFlowStatus(String code, String flowStatus) {
		return this.prepayments.setFlowStatus(code, flowStatus);
	}

	/** Add a close record (关闭记录), in the fields of the variant's query table. */
	public void addEndRecord(PrepaymentKind kind, ObjectNode record) {
		this.prepayments.addEndRecord(kind, record);
	}

	/** Delete a prepayment, as a Qince user would: the queries list it no more. */
	public void deletePrepayment(String code) {
		this.prepayments.delete(code);
	}

	/** The change push (cuxiao_verify_display) of a prepayment as it is now. */
	public Push prepaymentChangedPush(String code) {
		return Push.of("cuxiao_verify_display", Json.write(this.prepayments.pushData(code)));
	}

	/** The delete push (cuxiao_prepayment_delete) of a prepayment code. */
	public Push prepaymentDeletedPush(String code) {
		return Push.of("cuxiao_prepayment_delete", Json.write(Json.object().put("prepayment_code", code)));
	}

	/**
	 * Send a push to a receiver and wait for its answer.
	 * @throws UncheckedIOException when the receiver could not be reached
	 */
	public PushAnswer push(URI receiver, Push push) {
		try {
			PushAnswer answer = this.pushSender.send(receiver, push);
			synchronized (this.pushes) {
				this.pushes.add(answer);
			}
			return answer;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("push to " + receiver + " failed", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while pushing to " + receiver, ex);
		}
	}

	/** The pushes sent and their answers, in order. */
	public List<PushAnswer> pushes() {
		synchronized (this.pushes) {
			return List.copyOf(this.pushes);
		}
	}

	/**
	 * Forget everything: statements, error logs, prepayments, close records, calls,
	 * msg_ids, pushes and fault rules. The customers stay as they are.
	 */
	public void reset() {
		this.statements.clear();
		this.prepayments.clear();
		this.calls.clear();
		this.faults.clear();
		this.protocol.forgetMsgIds();
		synchronized (this.pushes) {
			this.pushes.clear();
		}
	}

	SimulatorHandler handler() {
		return new SimulatorHandler(this.protocol, this.calls, this.faults);
	}

}
