package com.qincebridge.support;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.AbstractJob;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Keeps the sentence that tells why a run failed ({@link Failures#describe}) as the first
 * line of its exit description, for {@code status} and the console: Spring Batch stores
 * the failure's stack trace there, cut at 2,500 characters, which usually loses the
 * causes that say what went wrong. Registered on every job of the application.
 */
@Configuration(proxyBeanMethods = false)
class FailureReasons {

	@Bean
	static BeanPostProcessor failureReasonsRegistrar() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof AbstractJob job) {
					job.registerJobExecutionListener(new Listener());
				}
				return bean;
			}

		};
	}

	/** Ordered first, so that it runs after the job's own listeners. */
	record Listener() implements JobExecutionListener, Ordered {

		@Override
		public void afterJob(JobExecution execution) {
			if (execution.getStatus() != BatchStatus.FAILED || execution.getAllFailureExceptions().isEmpty()) {
				return;
			}
			String reason = Failures.describe(execution.getAllFailureExceptions().get(0))
				.lines()
				.findFirst()
				.orElse("no reason given");
			ExitStatus exit = execution.getExitStatus();
			execution.setExitStatus(new ExitStatus(exit.getExitCode(), reason + "\n" + exit.getExitDescription()));
		}

		@Override
		public int getOrder() {
			return Ordered.HIGHEST_PRECEDENCE + 1;
		}

	}

}
