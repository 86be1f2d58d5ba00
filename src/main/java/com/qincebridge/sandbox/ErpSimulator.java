package com.qincebridge.sandbox;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The zhixdl simulator of a {@link Sandbox}: its data set, its fault plan and what it
 * recorded. What a client can rely on at
 * {@code POST /open/company-customize-service/query}:
 * <ul>
 * <li>The envelope is checked in the order of the documented statuses: a wrong app_key
 * 00001, an unknown method or a GET 00002, no version 00003, no or an unknown
 * business_type 00004, no business_params 00005 (also for a query without company_code),
 * each as {@code success=false} with {@code data: []}. The documents' method
 * {@code update} is read by the parameter it carries, and business_params may be a string
 * holding the object.</li>
 * <li>Queries page the {@link #data() data set} of one company by {@code limit} (default
 * 50) and {@code page} (default 1), numbers or strings, over the order_start_date /
 * order_end_date window (a line dated d is in when start &lt;= d 00:00:00 &lt;= end), and
 * optionally one order id or an order_type (the source code); the answer carries items,
 * first, before, current, last, next, total_pages, total_items and limit.</li>
 * <li>Write-backs whose id the data set has are recorded with their repeat count and
 * answered {@code {"result":"success"}}; an unknown id is refused with status 10001 (the
 * documents give none) and not recorded. Write-backs do not change what queries return
 * (the tables have no voucher or third-party id column).</li>
 * </ul>
 * Endpoints are named {@code BUSINESS_TYPE/method}, such as {@code FB_RECEIVABLE/query}
 * or {@code FB_RECEIVE/update_third_id}, in call counts and fault rules.
 */
public final class ErpSimulator {

	private final String appKey;

	private final ErpDataSet data;

	private final CallLog calls = new CallLog();

	private final FaultPlan faults;

	private final WriteBackLog writeBacks = new WriteBackLog();

	private final ErpProtocol protocol;

	ErpSimulator(String appKey, DataSetSpec spec, Clock clock) {
		this.appKey = appKey;
		this.data = new ErpDataSet(spec);
		this.faults = new FaultPlan(spec.seed());
		this.protocol = new ErpProtocol(appKey, this.data, this.writeBacks, clock);
	}

	/** The app_key the simulator accepts. */
	public String appKey() {
		return this.appKey;
	}

	/** The documents served, and the way to change them. */
	public ErpDataSet data() {
		return this.data;
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

	/** Every accepted write-back, in the order they arrived. */
	public List<ErpWriteBack> writeBacks() {
		return this.writeBacks.all();
	}

	/** How many times an id was written with a kind: 0 when never. */
	public int writeBackCount(ErpDocumentType type, ErpWriteBack.Kind kind, String id) {
		return this.writeBacks.latest(type, kind, id).map(ErpWriteBack::repeat).orElse(0);
	}

	/** The voucher number last written to an order. */
	public Optional<String> voucherNo(ErpDocumentType type, String orderId) {
		return this.writeBacks.latest(type, ErpWriteBack.Kind.VOUCHER_NO, orderId).map(ErpWriteBack::value);
	}

	/** The third-party id last written to a detail line. */
	public Optional<String> thirdId(ErpDocumentType type, String detailId) {
		return this.writeBacks.latest(type, ErpWriteBack.Kind.THIRD_ID, detailId).map(ErpWriteBack::value);
	}

	/** Forget the calls, the write-backs, the fault rules and the data set's changes. */
	public void reset() {
		this.calls.clear();
		this.writeBacks.clear();
		this.faults.clear();
		this.data.clearChanges();
	}

	SimulatorHandler handler() {
		return new SimulatorHandler(this.protocol, this.calls, this.faults);
	}

}
