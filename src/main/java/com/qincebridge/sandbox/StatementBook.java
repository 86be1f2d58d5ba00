package com.qincebridge.sandbox;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The statements and error logs the Qince simulator holds. A save stores the body under
 * its number; a second save of the number overwrites it and counts one more save, unless
 * the statement is confirmed (status 已确认): then it is refused with return_code 1 and
 * counted as refused, an assumption (the documents say nothing) that makes an overwrite
 * of a confirmed statement visible. Queries need trade_month ("对账月份不能为空!"), filter on it
 * and on customer_code, and return pages of {@code pageSize} statements in number order,
 * page_number counted from 1. Thread-safe.
 */
final class StatementBook {

	static final String UNCONFIRMED = "未确认";

	static final String CONFIRMED = "已确认";

	private final long seed;

	private final Clock clock;

	private final int pageSize;

	private final QinceCustomers customers;

	private final Map<StatementKind, Map<String, Stored>> statements = new EnumMap<>(StatementKind.class);

	private final List<QinceErrorLog> errorLogs = new ArrayList<>();

	StatementBook(long seed, Clock clock, int pageSize, QinceCustomers customers) {
		this.seed = seed;
		this.clock = clock;
		this.pageSize = pageSize;
		this.customers = customers;
		for (StatementKind kind : StatementKind.values()) {
			this.statements.put(kind, new TreeMap<>());
		}
	}

	QinceResult save(StatementKind kind, JsonNode body) {
		// checked and deflated outside the book's lock, so that saves run side by side as
		// they do in Qince; only what they change is under it
		String problem = StatementChecks.problem(kind, body);
		if (problem != null) {
			return QinceResult.error(QinceResult.INVALID, problem);
		}
		Content content = Content.of(body);
		synchronized (this) {
			return store(kind, body, content);
		}
	}

	private QinceResult store(StatementKind kind, JsonNode body, Content content) {
		String customer = Json.text(body, "customer_code");
		if (!this.customers.accepts(customer)) {
			return QinceResult.error(QinceResult.FAILED, "客户不存在!");
		}
		String number = Json.text(body, kind.numberField());
		Stored stored = this.statements.get(kind).get(number);
		if (stored != null && CONFIRMED.equals(stored.status)) {
			stored.refusedSaves++;
			return QinceResult.error(QinceResult.FAILED, "对账单已确认,不能修改: " + number);
		}
		if (stored == null) {
			stored = new Stored(kind, number, Mix.digits("7", Mix.of(this.seed + kind.ordinal(), number), 19));
			this.statements.get(kind).put(number, stored);
		}
		stored.save(content);
		stored.saveCount++;
		stored.modifyTime = ShanghaiTime.now(this.clock);
		return QinceResult.saved();
	}

	synchronized QinceResult query(StatementKind kind, JsonNode body) {
		String month = Json.text(body, "trade_month");
		if (month == null) {
			return QinceResult.error(QinceResult.FAILED, "对账月份不能为空!");
		}
		String customer = Json.text(body, "customer_code");
		int page = Json.positive(body, "page_number", 1);
		ArrayNode rows = Json.array();
		this.statements.get(kind)
			.values()
			.stream()
			.filter((stored) -> month.equals(stored.tradeMonth())
					&& (customer == null || customer.equals(stored.customerCode())))
			.skip((long) (page - 1) * this.pageSize)
			.limit(this.pageSize)
			.forEach((stored) -> rows.add(row(stored)));
		return QinceResult.rows(rows);
	}

	synchronized QinceResult logError(StatementKind kind, JsonNode body) {
		String customer = Json.text(body, "customer_code");
		String reason = Json.text(body, "error_reason");
		if (customer == null) {
			return QinceResult.error(QinceResult.INVALID, "客户编码为空");
		}
		if (reason == null) {
			return QinceResult.error(QinceResult.INVALID, "错误原因不能为空");
		}
		this.errorLogs.add(new QinceErrorLog(kind, customer, Json.text(body, "start_date"), reason,
				Json.text(body, "error_status"), body.deepCopy(), this.clock.instant()));
		return QinceResult.saved();
	}

	synchronized Optional<SavedStatement> get(StatementKind kind, String number) {
		return Optional.ofNullable(this.statements.get(kind).get(number)).map(Stored::snapshot);
	}

	synchronized List<SavedStatement> all(StatementKind kind) {
		return this.statements.get(kind).values().stream().map(Stored::snapshot).toList();
	}

	synchronized SavedStatement setStatus(StatementKind kind, String number, String status) {
		Stored stored = this.statements.get(kind).get(number);
		if (stored == null) {
			throw new IllegalArgumentException("no " + kind + " statement " + number);
		}
		stored.status = status;
		stored.modifyTime = ShanghaiTime.now(this.clock);
		stored.approveTime = CONFIRMED.equals(status) ? stored.modifyTime : "";
		return stored.snapshot();
	}

	synchronized List<QinceErrorLog> errorLogs() {
		return List.copyOf(this.errorLogs);
	}

	synchronized void clear() {
		this.statements.values().forEach(Map::clear);
		this.errorLogs.clear();
	}

	/** A row of queryStatement / queryExpenseStatement, fields as in the documents. */
	private ObjectNode row(Stored stored) {
		ObjectNode row = Json.object();
		row.put("statement_id", stored.statementId);
		row.put("serial_no", stored.number);
		row.put("customer_code", stored.customerCode());
		row.put("customer_name", this.customers.name(stored.customerCode()));
		YearMonth month = month(stored.tradeMonth());
		row.put("start_date", orElse(stored.startDate, (month != null) ? month.atDay(1).toString() : ""));
		row.put("end_date", orElse(stored.endDate, (month != null) ? month.atEndOfMonth().toString() : ""));
		row.put("last_person", "开放接口");
		row.put("last_date", stored.modifyTime.substring(0, 10));
		row.put("statement_status", stored.status);
		row.put("customer_id", Mix.digits("8", Mix.of(this.seed, stored.customerCode()), 19));
		row.put("modify_time", stored.modifyTime);
		row.put("approve_name", stored.approveTime.isEmpty() ? "" : "审批人");
		row.put("approve_time", stored.approveTime);
		return row;
	}

	private static @Nullable YearMonth month(String text) {
		try {
			return YearMonth.parse(text);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static String text(JsonNode node, String field, String fallback) {
		return orElse(Json.text(node, field), fallback);
	}

	private static String orElse(@Nullable String text, String fallback) {
		return (text != null) ? text : fallback;
	}

	/** What a save stores of its body, made before it takes the book's lock. */
	private record Content(byte[] deflated, String customerCode, @Nullable String startDate, @Nullable String endDate,
			String tradeMonth) {

		static Content of(JsonNode body) {
			String startDate = Json.text(body, "start_date");
			String month = Json.text(body, "trade_month");
			String start = orElse(startDate, "");
			return new Content(Stored.deflate(Json.write(body)), text(body, "customer_code", ""), startDate,
					Json.text(body, "end_date"),
					(month != null) ? month : start.substring(0, Math.min(7, start.length())));
		}

	}

	/**
	 * One statement; its fields change under the book's lock only. The body is kept as
	 * deflated JSON, a few hundred bytes instead of a tree of tens of kilobytes, so that
	 * a month of statements fits the heap of the process running the sandbox; the fields
	 * a query reads are kept beside it.
	 */
	private static final class Stored {

		final StatementKind kind;

		final String number;

		final String statementId;

		byte[] content = deflate("{}");

		String customerCode = "";

		String tradeMonth = "";

		@Nullable String startDate;

		@Nullable String endDate;

		int saveCount;

		int refusedSaves;

		String status = UNCONFIRMED;

		String modifyTime = "";

		String approveTime = "";

		Stored(StatementKind kind, String number, String statementId) {
			this.kind = kind;
			this.number = number;
			this.statementId = statementId;
		}

		void save(Content saved) {
			this.content = saved.deflated();
			this.customerCode = saved.customerCode();
			this.startDate = saved.startDate();
			this.endDate = saved.endDate();
			this.tradeMonth = saved.tradeMonth();
		}

		String customerCode() {
			return this.customerCode;
		}

		String tradeMonth() {
			return this.tradeMonth;
		}

		SavedStatement snapshot() {
			return new SavedStatement(this.kind, this.number, this.statementId, this.customerCode, this.tradeMonth,
					this.status, this.saveCount, this.refusedSaves,
					Objects.requireNonNull(Json.parse(inflate(this.content))), this.modifyTime);
		}

		private static byte[] deflate(String json) {
			Deflater deflater = new Deflater(Deflater.BEST_SPEED);
			try {
				deflater.setInput(json.getBytes(StandardCharsets.UTF_8));
				deflater.finish();
				ByteArrayOutputStream out = new ByteArrayOutputStream(json.length() / 4 + 16);
				byte[] buffer = new byte[4096];
				while (!deflater.finished()) {
					out.write(buffer, 0, deflater.deflate(buffer));
				}
				return out.toByteArray();
			}
			finally {
				deflater.end();
			}
		}

		private static String inflate(byte[] deflated) {
			Inflater inflater = new Inflater();
			try {
				inflater.setInput(deflated);
				ByteArrayOutputStream out = new ByteArrayOutputStream(deflated.length * 8);
				byte[] buffer = new byte[4096];
				while (!inflater.finished()) {
					int read = inflater.inflate(buffer);
					if (read == 0 && inflater.needsInput()) {
						throw new DataFormatException("truncated");
					}
					out.write(buffer, 0, read);
				}
				return out.toString(StandardCharsets.UTF_8);
			}
			catch (DataFormatException ex) {
				throw new IllegalStateException("Cannot read back a stored statement", ex);
			}
			finally {
				inflater.end();
			}
		}

	}

}
