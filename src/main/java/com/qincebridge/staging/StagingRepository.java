package com.qincebridge.staging;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.qincebridge.support.Columns;
import com.qincebridge.erp.ErpBusinessType;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The staging tables. A window is replaced as a whole: its lines are upserted with the
 * writing job execution, then the lines of the same window left from earlier executions
 * (gone from the ERP, or now quarantined) are deleted; its quarantine rows are replaced
 * likewise.
 */
@Repository
public class StagingRepository {

	private static final int BATCH = 500;

	private static final String UPSERT_LINE = """
			INSERT INTO erp_line (business_type, detail_id, order_id, order_code, company_code, counterparty_code,
				counterparty_name, order_date, window_date, source_code, source_name, item_type_code, item_type_name,
				goods_code, goods_category_code, amount, category, category_rule, raw_json, job_execution_id)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
			ON DUPLICATE KEY UPDATE order_id = VALUES(order_id), order_code = VALUES(order_code),
				company_code = VALUES(company_code), counterparty_code = VALUES(counterparty_code),
				counterparty_name = VALUES(counterparty_name), order_date = VALUES(order_date),
				window_date = VALUES(window_date), source_code = VALUES(source_code),
				source_name = VALUES(source_name), item_type_code = VALUES(item_type_code),
				item_type_name = VALUES(item_type_name), goods_code = VALUES(goods_code),
				goods_category_code = VALUES(goods_category_code), amount = VALUES(amount),
				category = VALUES(category), category_rule = VALUES(category_rule), raw_json = VALUES(raw_json),
				job_execution_id = VALUES(job_execution_id), extracted_at = CURRENT_TIMESTAMP""";

	private static final String UPSERT_QUARANTINE = """
			INSERT INTO erp_line_quarantine (business_type, line_key, company_code, window_date, counterparty_code,
				amount, field_name, reason, raw_json, job_execution_id)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
			ON DUPLICATE KEY UPDATE company_code = VALUES(company_code), window_date = VALUES(window_date),
				counterparty_code = VALUES(counterparty_code), amount = VALUES(amount), field_name = VALUES(field_name),
				reason = VALUES(reason), raw_json = VALUES(raw_json), job_execution_id = VALUES(job_execution_id),
				quarantined_at = CURRENT_TIMESTAMP""";

	private static final Comparator<StagedLine> BY_ID = Comparator
		.comparing((StagedLine line) -> line.businessType().name())
		.thenComparing(StagedLine::detailId);

	private final JdbcTemplate jdbc;

	private final JdbcClient jdbcClient;

	StagingRepository(JdbcTemplate jdbc, JdbcClient jdbcClient) {
		this.jdbc = jdbc;
		this.jdbcClient = jdbcClient;
	}

	/**
	 * Replace windows in staging, in the caller's transaction, with a constant number of
	 * statements however many windows and lines there are: the lines of every window in
	 * one JDBC batch, then the lines gone from the windows read completely, the read
	 * days, and the quarantine rows, each in one batch.
	 */
	void replaceWindows(List<? extends StagedWindow> windows, long jobExecutionId) {
		if (windows.isEmpty()) {
			return;
		}
		List<DayLine> lines = windows.stream()
			.flatMap((staged) -> staged.lines()
				.stream()
				.map((line) -> new DayLine(Date.valueOf(staged.window().day()), line)))
			.toList();
		this.jdbc.batchUpdate(UPSERT_LINE, lines, BATCH, (ps, dayLine) -> {
			StagedWindow.Staged item = dayLine.line();
			StagedLine line = item.line();
			ps.setString(1, line.businessType().name());
			ps.setString(2, line.detailId());
			ps.setString(3, line.orderId());
			ps.setString(4, line.orderCode());
			ps.setString(5, line.companyCode());
			ps.setString(6, line.counterpartyCode());
			ps.setString(7, line.counterpartyName());
			ps.setDate(8, Date.valueOf(line.orderDate()));
			ps.setDate(9, dayLine.day());
			ps.setString(10, line.sourceCode());
			ps.setString(11, line.sourceName());
			ps.setString(12, line.itemTypeCode());
			ps.setString(13, line.itemTypeName());
			ps.setString(14, line.goodsCode());
			ps.setString(15, line.goodsCategoryCode());
			ps.setBigDecimal(16, line.amount());
			ps.setString(17, line.category().name());
			ps.setString(18, item.rule());
			ps.setString(19, item.rawJson());
			ps.setLong(20, jobExecutionId);
		});
		deleteGone(windows.stream().filter(StagedWindow::consistent).toList());
		this.jdbc.batchUpdate("""
				INSERT INTO erp_read_day (company_code, business_type, read_day, job_execution_id) VALUES (?, ?, ?, ?)
				ON DUPLICATE KEY UPDATE job_execution_id = VALUES(job_execution_id), read_at = CURRENT_TIMESTAMP""",
				windows, BATCH, (ps, staged) -> {
					ps.setString(1, staged.window().companyCode());
					ps.setString(2, staged.window().businessType().name());
					ps.setDate(3, Date.valueOf(staged.window().day()));
					ps.setLong(4, jobExecutionId);
				});
		this.jdbc.batchUpdate(
				"DELETE FROM erp_line_quarantine WHERE business_type = ? AND company_code = ? AND window_date = ?",
				windows, BATCH, (ps, staged) -> {
					ps.setString(1, staged.window().businessType().name());
					ps.setString(2, staged.window().companyCode());
					ps.setDate(3, Date.valueOf(staged.window().day()));
				});
		List<StagedWindow.Quarantined> quarantined = windows.stream()
			.flatMap((staged) -> staged.quarantined().stream())
			.toList();
		this.jdbc.batchUpdate(UPSERT_QUARANTINE, quarantined, BATCH, (ps, line) -> {
			ps.setString(1, line.businessType().name());
			ps.setString(2, line.lineKey());
			ps.setString(3, line.companyCode());
			ps.setDate(4, Date.valueOf(line.windowDate()));
			ps.setString(5, line.counterpartyCode());
			ps.setBigDecimal(6, line.amount());
			ps.setString(7, line.field());
			ps.setString(8, Columns.fit(line.reason(), 500));
			ps.setString(9, line.rawJson());
			ps.setLong(10, jobExecutionId);
		});
	}

	/** Whether a window was ever staged (committed), by this job or another. */
	boolean wasRead(ExtractWindow window) {
		Long count = this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM erp_read_day WHERE company_code = ? AND business_type = ? AND read_day = ?",
				Long.class, window.companyCode(), window.businessType().name(), Date.valueOf(window.day()));
		return count != null && count > 0;
	}

	/**
	 * Delete the windows' staged lines the ERP no longer has, in one query and one batch.
	 * Only after a complete read: a read that never agreed with total_items may have
	 * missed lines that still exist. Lines are compared by id, not by the execution that
	 * wrote them, so that two jobs staging the same window do not delete each other's
	 * lines; a line that moved to another day is already that day's.
	 */
	private void deleteGone(List<? extends StagedWindow> windows) {
		if (windows.isEmpty()) {
			return;
		}
		Set<String> read = new HashSet<>();
		windows.forEach((staged) -> staged.lines()
			.forEach((line) -> read.add(line.line().businessType().name() + '\u0000' + line.line().detailId())));
		StringBuilder where = new StringBuilder();
		List<Object> arguments = new ArrayList<>();
		for (StagedWindow staged : windows) {
			where.append(where.isEmpty() ? "" : " OR ")
				.append("(company_code = ? AND window_date = ? AND business_type = ?)");
			arguments.add(staged.window().companyCode());
			arguments.add(Date.valueOf(staged.window().day()));
			arguments.add(staged.window().businessType().name());
		}
		List<String[]> gone = this.jdbc
			.query("SELECT business_type, detail_id FROM erp_line WHERE " + where,
					(rs, row) -> new String[] { rs.getString(1), rs.getString(2) }, arguments.toArray())
			.stream()
			.filter((line) -> !read.contains(line[0] + '\u0000' + line[1]))
			.toList();
		this.jdbc.batchUpdate("DELETE FROM erp_line WHERE business_type = ? AND detail_id = ?", gone, BATCH,
				(ps, line) -> {
					ps.setString(1, line[0]);
					ps.setString(2, line[1]);
				});
	}

	/**
	 * The lines of some categories staged for customers of a company in a date range, in
	 * one query whatever their number: by customer code, each customer's lines by
	 * business type and detail id. Customer codes match exactly; a customer without lines
	 * is absent.
	 */
	public Map<String, List<StagedLine>> lines(String companyCode, Collection<String> customerCodes, LocalDate from,
			LocalDate to, Collection<Category> categories) {
		Map<String, List<StagedLine>> byCustomer = new HashMap<>();
		if (customerCodes.isEmpty()) {
			return byCustomer;
		}
		Set<String> wanted = Set.copyOf(customerCodes);
		this.jdbcClient
			.sql("""
					SELECT business_type, detail_id, order_id, order_code, company_code, counterparty_code, counterparty_name,
						order_date, source_code, source_name, item_type_code, item_type_name, goods_code,
						goods_category_code, amount, category
					FROM erp_line WHERE company_code = :company AND counterparty_code IN (:customers)
						AND order_date BETWEEN :from AND :to AND category IN (:categories)""")
			.param("company", companyCode)
			.param("customers", wanted.stream().sorted().toList())
			.param("from", Date.valueOf(from))
			.param("to", Date.valueOf(to))
			.param("categories", categories.stream().map(Enum::name).sorted().toList())
			.query((rs, row) -> new StagedLine(ErpBusinessType.valueOf(rs.getString("business_type")),
					rs.getString("detail_id"), rs.getString("order_id"), rs.getString("order_code"),
					rs.getString("company_code"), rs.getString("counterparty_code"), rs.getString("counterparty_name"),
					rs.getDate("order_date").toLocalDate(), rs.getString("source_code"), rs.getString("source_name"),
					rs.getString("item_type_code"), rs.getString("item_type_name"), rs.getString("goods_code"),
					rs.getString("goods_category_code"), rs.getBigDecimal("amount"),
					Category.valueOf(rs.getString("category"))))
			.stream()
			.filter((line) -> line.counterpartyCode() != null && wanted.contains(line.counterpartyCode()))
			.forEach((line) -> byCustomer.computeIfAbsent(line.counterpartyCode(), (code) -> new ArrayList<>())
				.add(line));
		// sorted here: the database reads the page by index, with no sort
		byCustomer.values().forEach((lines) -> lines.sort(BY_ID));
		return byCustomer;
	}

	/** A staged line with the day of the window it was read in. */
	private record DayLine(Date day, StagedWindow.Staged line) {
	}

}
