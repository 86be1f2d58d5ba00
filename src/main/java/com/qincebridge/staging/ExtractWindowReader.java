package com.qincebridge.staging;

import com.qincebridge.support.TradeMonthRun;

import java.util.List;
import java.util.Set;

import com.qincebridge.erp.ErpBusinessType;
import com.qincebridge.erp.ErpProperties;
import org.jspecify.annotations.Nullable;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * The windows of a run, in a fixed order: first the days of the month outside the run's
 * {@code from}/{@code to} that were never read (so that a statement, which covers the
 * whole month, is never built from a part of it), then the run's days; companies, then
 * business types, then days. On restart, it uses the saved count of windows read to skip
 * the windows already committed; the unread days are those the first execution found.
 */
final class ExtractWindowReader extends AbstractItemCountingItemStreamItemReader<ExtractWindow> {

	private static final String COMPANIES = "extractWindows.companies";

	private static final String UNREAD = "extractWindows.unreadDays";

	private final StagingRepository repository;

	private String unread = "";

	private final ErpProperties erp;

	private final Set<ErpBusinessType> types;

	private @Nullable List<ExtractWindow> windows;

	private final TradeMonthRun run;

	private List<String> companies = List.of();

	ExtractWindowReader(ErpProperties erp, Set<ErpBusinessType> types, TradeMonthRun run,
			StagingRepository repository) {
		this.erp = erp;
		this.repository = repository;
		this.types = types;
		this.run = run;
		setName("extractWindows");
	}

	/**
	 * The companies are those of the first execution of the step, kept in its context: a
	 * restart must walk the same windows even when {@code bridge.erp.company-codes}
	 * changed in between, or the saved position would point at other windows.
	 */
	@Override
	public void open(ExecutionContext executionContext) {
		String saved = executionContext.getString(COMPANIES, "");
		this.companies = saved.isEmpty() ? this.erp.requireCompanyCodes() : List.of(saved.split(","));
		executionContext.putString(COMPANIES, String.join(",", this.companies));
		// the days outside the run's range never read before, fixed by the first
		// execution
		this.unread = executionContext.containsKey(UNREAD) ? executionContext.getString(UNREAD) : unreadDays();
		executionContext.putString(UNREAD, this.unread);
		super.open(executionContext);
	}

	private String unreadDays() {
		TradeMonthRun run = this.run;
		List<String> days = new java.util.ArrayList<>();
		for (ExtractWindow window : ExtractWindow.plan(this.companies, this.types.stream().sorted().toList(),
				run.tradeMonth().atDay(1), run.tradeMonth().atEndOfMonth())) {
			boolean inRange = !window.day().isBefore(run.from()) && !window.day().isAfter(run.to());
			if (!inRange && !this.repository.wasRead(window)) {
				days.add(window.companyCode() + "|" + window.businessType() + "|" + window.day());
			}
		}
		return String.join(";", days);
	}

	@Override
	public void update(ExecutionContext executionContext) {
		executionContext.putString(COMPANIES, String.join(",", this.companies));
		executionContext.putString(UNREAD, this.unread);
		super.update(executionContext);
	}

	@Override
	protected void doOpen() {
		TradeMonthRun run = this.run;
		List<ExtractWindow> windows = new java.util.ArrayList<>();
		if (!this.unread.isEmpty()) {
			for (String day : this.unread.split(";")) {
				String[] parts = day.split("\\|");
				windows.add(new ExtractWindow(parts[0], ErpBusinessType.valueOf(parts[1]),
						java.time.LocalDate.parse(parts[2])));
			}
		}
		windows.addAll(ExtractWindow.plan(this.companies, this.types.stream().sorted().toList(), run.from(), run.to()));
		this.windows = windows;
	}

	@Override
	protected @Nullable ExtractWindow doRead() {
		List<ExtractWindow> windows = this.windows;
		int next = getCurrentItemCount() - 1;
		return (windows != null && next < windows.size()) ? windows.get(next) : null;
	}

	@Override
	protected void jumpToItem(int itemIndex) {
		// doRead reads by the item count, which the superclass has restored
	}

	@Override
	protected void doClose() {
		this.windows = null;
	}

}
