package com.qincebridge.statement;

import java.time.YearMonth;
import java.util.stream.Collectors;

import com.qincebridge.support.PagingReaders;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The plan of the build step: the statements a run builds, written to
 * {@code statement_key_plan} when the step's reader is made, so that a page of the reader
 * costs the same however large the month.
 */
final class StatementQueries {

	private StatementQueries() {
	}

	/**
	 * Write the plan of the current step execution: the (company, customer) pairs that
	 * get a statement of the kind for the month.
	 * @return the step execution's id, the plan's key
	 */
	static long plan(JdbcClient jdbc, StatementKind kind, YearMonth month, long jobInstanceId) {
		String categories = kind.categories()
			.stream()
			.map((category) -> "'" + category.name() + "'")
			.sorted()
			.collect(Collectors.joining(","));
		long step = PagingReaders.currentStepExecutionId();
		PagingReaders.forgetEndedPlans(jdbc, "statement_key_plan");
		jdbc.sql(
				"""
						INSERT INTO statement_key_plan (step_execution_id, company_code, customer_code)
						SELECT :step, company_code, customer_code FROM
						(SELECT l.company_code, l.counterparty_code AS customer_code FROM erp_line l
							JOIN statement_customer c ON c.customer_code = l.counterparty_code AND c.job_instance_id = :instance
							WHERE l.order_date BETWEEN :first AND :last AND l.category IN (%s)
						UNION
						SELECT s.company_code, s.customer_code FROM statement_ledger s
							JOIN statement_customer c ON c.customer_code = s.customer_code AND c.job_instance_id = :instance
							WHERE s.kind = :kind AND (s.trade_month = :month OR (s.trade_month = :previous AND s.end_balance <> 0))
						UNION
						SELECT o.company_code, o.customer_code FROM opening_balance o
							JOIN statement_customer c ON c.customer_code = o.customer_code AND c.job_instance_id = :instance
							WHERE :kind = 'GOODS' AND o.trade_month = :month AND o.amount <> 0) pairs"""
					.formatted(categories))
			.param("step", step)
			.param("instance", jobInstanceId)
			.param("first", java.sql.Date.valueOf(month.atDay(1)))
			.param("last", java.sql.Date.valueOf(month.atEndOfMonth()))
			.param("kind", kind.name())
			.param("month", month.toString())
			.param("previous", month.minusMonths(1).toString())
			.update();
		return step;
	}

}
