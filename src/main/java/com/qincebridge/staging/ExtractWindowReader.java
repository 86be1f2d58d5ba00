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
 * The windows of a run, in a fixed order: companies, then business types, then days. On
 * restart, it uses the saved count of windows read to skip the windows already committed.
 */
final class ExtractWindowReader extends AbstractItemCountingItemStreamItemReader<ExtractWindow> {

	private static final String COMPANIES = "extractWindows.companies";

	private final ErpProperties erp;

	private final Set<ErpBusinessType> types;

	private @Nullable List<ExtractWindow> windows;

	private final TradeMonthRun run;

	private List<String> companies = List.of();

	ExtractWindowReader(ErpProperties erp, Set<ErpBusinessType> types, TradeMonthRun run) {
		this.erp = erp;
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
		super.open(executionContext);
	}

	@Override
	public void update(ExecutionContext executionContext) {
		executionContext.putString(COMPANIES, String.join(",", this.companies));
		super.update(executionContext);
	}

	@Override
	protected void doOpen() {
		this.windows = ExtractWindow.plan(this.companies, this.types.stream().sorted().toList(), this.run.from(),
				this.run.to());
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
