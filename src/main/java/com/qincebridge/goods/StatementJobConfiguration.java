package com.qincebridge.goods;

import com.qincebridge.statement.StatementKind;
import com.qincebridge.statement.StatementSteps;

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
