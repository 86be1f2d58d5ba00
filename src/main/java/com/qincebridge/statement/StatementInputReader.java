package com.qincebridge.statement;

import java.time.YearMonth;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.qincebridge.staging.StagedLine;
import com.qincebridge.staging.StagingRepository;
import com.qincebridge.support.TradeMonthRun;
import org.jspecify.annotations.Nullable;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.batch.infrastructure.item.ItemStreamSupport;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads the statements of a build step's plan ({@code statement_key_plan}) with their
 * staged lines, a page at a time: one query for the page's keys (by the plan's primary
 * key) and one for their lines per company of the page, so that a page costs the same
 * however large the month, and holds no more than a page in memory. The lines of
 * customers the run leaves out (a partial re-sync) are not read: the processor filters
 * them out. On restart, it uses the last key it returned, saved in the execution context,
 * to locate the first page to read. Made for one step execution.
 */
final class StatementInputReader extends ItemStreamSupport implements ItemStreamReader<StatementInput> {

	private static final String COMPANY = "last.company";

	private static final String CUSTOMER = "last.customer";

	private final JdbcClient jdbc;

	private final StagingRepository staging;

	private final long stepExecutionId;

	private final StatementKind kind;

	private final YearMonth month;

	private final TradeMonthRun run;

	private final int pageSize;

	private final Deque<StatementInput> page = new ArrayDeque<>();

	private @Nullable StatementKey lastRead;

	private @Nullable StatementKey lastReturned;

	private boolean exhausted;

	StatementInputReader(JdbcClient jdbc, StagingRepository staging, long stepExecutionId, StatementKind kind,
			TradeMonthRun run, int pageSize) {
		this.jdbc = jdbc;
		this.staging = staging;
		this.stepExecutionId = stepExecutionId;
		this.kind = kind;
		this.month = run.tradeMonth();
		this.run = run;
		this.pageSize = pageSize;
		setName("statementInputs");
	}

	@Override
	public void open(ExecutionContext context) {
		String company = context.getString(getExecutionContextKey(COMPANY), "");
		if (context.containsKey(getExecutionContextKey(CUSTOMER))) {
			this.lastReturned = new StatementKey(this.kind, company,
					context.getString(getExecutionContextKey(CUSTOMER)), this.month);
			this.lastRead = this.lastReturned;
		}
	}

	@Override
	public void update(ExecutionContext context) {
		StatementKey last = this.lastReturned;
		if (last != null) {
			context.putString(getExecutionContextKey(COMPANY), last.companyCode());
			context.putString(getExecutionContextKey(CUSTOMER), last.customerCode());
		}
	}

	@Override
	public @Nullable StatementInput read() {
		if (this.page.isEmpty() && !this.exhausted) {
			readPage();
		}
		StatementInput next = this.page.poll();
		if (next != null) {
			this.lastReturned = next.key();
		}
		return next;
	}

	private void readPage() {
		List<StatementKey> keys = keysAfter(this.lastRead);
		this.exhausted = keys.size() < this.pageSize;
		if (keys.isEmpty()) {
			return;
		}
		this.lastRead = keys.get(keys.size() - 1);
		Map<String, List<String>> customersByCompany = new LinkedHashMap<>();
		for (StatementKey key : keys) {
			if (this.run.includes(key.customerCode())) {
				customersByCompany.computeIfAbsent(key.companyCode(), (company) -> new ArrayList<>())
					.add(key.customerCode());
			}
		}
		Map<String, Map<String, List<StagedLine>>> lines = new LinkedHashMap<>();
		customersByCompany.forEach((company, customers) -> lines.put(company, this.staging.lines(company, customers,
				this.month.atDay(1), this.month.atEndOfMonth(), this.kind.categories())));
		for (StatementKey key : keys) {
			this.page.add(new StatementInput(key,
					lines.getOrDefault(key.companyCode(), Map.of()).getOrDefault(key.customerCode(), List.of()), keys));
		}
	}

	private List<StatementKey> keysAfter(@Nullable StatementKey last) {
		String after = (last != null)
				? " AND (company_code > :company OR (company_code = :company AND customer_code > :customer))" : "";
		JdbcClient.StatementSpec query = this.jdbc
			.sql("SELECT company_code, customer_code FROM statement_key_plan WHERE step_execution_id = :step" + after
					+ " ORDER BY company_code, customer_code LIMIT :limit")
			.param("step", this.stepExecutionId)
			.param("limit", this.pageSize);
		if (last != null) {
			query = query.param("company", last.companyCode()).param("customer", last.customerCode());
		}
		return query.query((rs, row) -> new StatementKey(this.kind, rs.getString(1), rs.getString(2), this.month))
			.list();
	}

}
