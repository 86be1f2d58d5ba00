package com.qincebridge.support;

import java.util.LinkedHashMap;
import java.util.Map;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;

import org.springframework.batch.core.scope.context.StepContext;
import org.springframework.batch.core.scope.context.StepSynchronizationManager;
import org.springframework.batch.infrastructure.item.database.JdbcPagingItemReader;
import org.springframework.batch.infrastructure.item.database.Order;
import org.springframework.batch.infrastructure.item.database.builder.JdbcPagingItemReaderBuilder;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Builds the paging readers of the statement steps. Each pages by a unique sort key, so
 * on restart it uses the last sort key read to locate the first page to read, even when
 * rows before it have changed state meanwhile.
 */
public final class PagingReaders {

	private PagingReaders() {
	}

	/** Ascending sort keys, in the order given. */
	public static Map<String, Order> sortKeys(String... columns) {
		Map<String, Order> keys = new LinkedHashMap<>();
		for (String column : columns) {
			keys.put(column, Order.ASCENDING);
		}
		return keys;
	}

	/** A paging reader, named after what it reads. */
	public static <T> JdbcPagingItemReader<T> reader(String name, DataSource dataSource, int pageSize, String select,
			String from, @Nullable String where, Map<String, Object> parameters, Map<String, Order> sortKeys,
			RowMapper<T> rowMapper) {
		JdbcPagingItemReaderBuilder<T> builder = new JdbcPagingItemReaderBuilder<T>().name(name)
			.dataSource(dataSource)
			.pageSize(pageSize)
			.selectClause(select)
			.fromClause(from)
			.parameterValues(parameters)
			.sortKeys(sortKeys)
			.rowMapper(rowMapper);
		if (where != null) {
			builder.whereClause(where);
		}
		try {
			return builder.build();
		}
		catch (Exception ex) {
			throw new IllegalStateException("Cannot build the reader " + name, ex);
		}
	}

	/**
	 * The id of the step execution the calling thread runs in: a step-scoped reader is
	 * made inside its step.
	 */
	public static long currentStepExecutionId() {
		StepContext context = StepSynchronizationManager.getContext();
		if (context == null) {
			throw new IllegalStateException("a plan reader is made inside its step (a step-scoped bean)");
		}
		return context.getStepExecution().getId();
	}

	/**
	 * Delete the rows of a plan table ({@code statement_key_plan},
	 * {@code writeback_plan}) that belong to step executions that ended (completed,
	 * failed, stopped).
	 */
	public static void forgetEndedPlans(JdbcClient jdbc, String table) {
		jdbc.sql("DELETE FROM " + table + " WHERE step_execution_id IN (SELECT STEP_EXECUTION_ID"
				+ " FROM BATCH_STEP_EXECUTION WHERE STATUS <> 'STARTED')")
			.update();
	}

}
