package com.qincebridge.staging;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The quarantined ERP lines, newest window first, with the field and the reason, for
 * operators. (The statement report lists those of its month itself.)
 */
@Component
public class QuarantineList {

	private final JdbcClient jdbc;

	QuarantineList(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Quarantined> newest(int limit) {
		return this.jdbc.sql("""
				SELECT business_type, line_key, company_code, window_date, counterparty_code, amount, field_name, reason
				FROM erp_line_quarantine ORDER BY window_date DESC, business_type, line_key LIMIT ?""")
			.param(limit)
			.query((rs, row) -> new Quarantined(rs.getString(1), rs.getString(2), rs.getString(3),
					rs.getDate(4).toString(), rs.getString(5), rs.getBigDecimal(6), rs.getString(7), rs.getString(8)))
			.list();
	}

	public long count() {
		return this.jdbc.sql("SELECT COUNT(*) FROM erp_line_quarantine").query(Long.class).single();
	}

	public record Quarantined(String businessType, String lineKey, String companyCode, String windowDate,
			@Nullable String customerCode, @Nullable BigDecimal amount, String field, String reason) {
	}

}
