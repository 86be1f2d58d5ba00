package com.qincebridge.staging;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import com.qincebridge.erp.ErpBusinessType;
import com.qincebridge.support.TradeMonthRun;
import org.jspecify.annotations.Nullable;

import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The dirty-data threshold (as DataX's {@code errorLimit}): when more than
 * {@code bridge.runs.max-quarantined-share} of the month's lines of the job's business
 * types are quarantined, the run fails before anything is built or sent, naming the
 * count. A month that dirty usually means a wrong rule file or a broken ERP export, and a
 * statement built from the rest would be wrong for the customer. Runs again on restart,
 * so a restart after the ERP data or the rules were fixed (and the month read again with
 * {@code --rerun}) goes on.
 */
final class QuarantineShareTasklet implements Tasklet {

	private final JdbcClient jdbc;

	private final Set<ErpBusinessType> types;

	private final BigDecimal maxShare;

	QuarantineShareTasklet(JdbcClient jdbc, Set<ErpBusinessType> types, BigDecimal maxShare) {
		this.jdbc = jdbc;
		this.types = types;
		this.maxShare = maxShare;
	}

	@Override
	public @Nullable RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		YearMonth month = TradeMonthRun.of(chunkContext.getStepContext().getStepExecution().getJobParameters())
			.tradeMonth();
		long staged = count("erp_line", month);
		long quarantined = count("erp_line_quarantine", month);
		long all = staged + quarantined;
		if (all > 0 && BigDecimal.valueOf(quarantined)
			.divide(BigDecimal.valueOf(all), 6, RoundingMode.HALF_UP)
			.compareTo(this.maxShare) > 0) {
			throw new IllegalStateException(("%d of the %d ERP lines of %s (%s%%) are quarantined, more than "
					+ "bridge.runs.max-quarantined-share (%s%%): nothing was built or sent. The report lists "
					+ "them with field and reason; fix the ERP documents or jobs/classification-rules.csv, then "
					+ "run the month again with --rerun")
				.formatted(quarantined, all, month,
						percent(BigDecimal.valueOf(quarantined * 100L)
							.divide(BigDecimal.valueOf(all), 1, RoundingMode.HALF_UP)),
						percent(this.maxShare.movePointRight(2))));
		}
		contribution.incrementReadCount();
		return RepeatStatus.FINISHED;
	}

	private long count(String table, YearMonth month) {
		List<String> names = this.types.stream().map(Enum::name).sorted().toList();
		return this.jdbc
			.sql("SELECT COUNT(*) FROM " + table
					+ " WHERE window_date BETWEEN :first AND :last AND business_type IN (:types)")
			.param("first", Date.valueOf(month.atDay(1)))
			.param("last", Date.valueOf(month.atEndOfMonth()))
			.param("types", names)
			.query(Long.class)
			.single();
	}

	private static String percent(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}

}
