package com.qincebridge.statement;

import java.util.List;

import com.qincebridge.qince.QinceClient;
import com.qincebridge.qince.StatementCustomer;

import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Fetches Qince's statement customers (getCustomers) once per job instance and stores
 * them, so that a restarted run builds statements for the same customers as the run it
 * resumes.
 */
final class StatementCustomersTasklet implements Tasklet {

	static final String CUSTOMERS = "qince.statementCustomers";

	private final ObjectProvider<QinceClient> qince;

	private final JdbcTemplate jdbc;

	StatementCustomersTasklet(ObjectProvider<QinceClient> qince, JdbcTemplate jdbc) {
		this.qince = qince;
		this.jdbc = jdbc;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		var stepExecution = chunkContext.getStepContext().getStepExecution();
		long instance = stepExecution.getJobExecution().getJobInstance().getInstanceId();
		Long stored = this.jdbc.queryForObject("SELECT COUNT(*) FROM statement_customer WHERE job_instance_id = ?",
				Long.class, instance);
		long count = (stored != null) ? stored : 0;
		if (count == 0) {
			List<String> codes = this.qince.getObject()
				.getCustomers()
				.stream()
				.map(StatementCustomer::customerCode)
				.distinct()
				.toList();
			if (codes.isEmpty()) {
				throw new IllegalStateException("Qince getCustomers returned no statement customers (对账客户): "
						+ "configure them in the Qince tenant, or check that bridge.qince.* names the right tenant");
			}
			this.jdbc.batchUpdate("INSERT INTO statement_customer (job_instance_id, customer_code) VALUES (?, ?)",
					codes, 500, (ps, code) -> {
						ps.setLong(1, instance);
						ps.setString(2, code);
					});
			count = codes.size();
		}
		contribution.incrementWriteCount(count);
		stepExecution.getExecutionContext().putLong(CUSTOMERS, count);
		return RepeatStatus.FINISHED;
	}

}
