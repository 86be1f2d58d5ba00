package com.qincebridge.expense;

import com.qincebridge.statement.StatementKind;
import com.qincebridge.statement.StatementSteps;

import org.springframework.batch.core.job.Job;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The {@code expense} job: the monthly 费用对账单 on the statement pipeline (see package-info
 * for its card).
 */
@Configuration(proxyBeanMethods = false)
class ExpenseJobConfiguration {

	@Bean
	Job expenseJob(StatementSteps steps) {
		return steps.job("expense", StatementKind.EXPENSE);
	}

}
