package com.qincebridge.statement;

import org.springframework.batch.core.job.Job;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The {@code statement} job: the monthly 货款对账单 (see package-info for its card).
 */
@Configuration(proxyBeanMethods = false)
class StatementJobConfiguration {

	@Bean
	Job statementJob(StatementSteps steps) {
		return steps.job("statement", StatementKind.GOODS);
	}

}
