package com.qincebridge.support;

import java.util.LinkedHashMap;
import java.util.Map;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;

import org.springframework.batch.infrastructure.item.database.JdbcPagingItemReader;
import org.springframework.batch.infrastructure.item.database.Order;
import org.springframework.batch.infrastructure.item.database.builder.JdbcPagingItemReaderBuilder;
import org.springframework.jdbc.core.RowMapper;

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

}
