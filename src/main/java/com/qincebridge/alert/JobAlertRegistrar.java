package com.qincebridge.alert;

import org.springframework.batch.core.job.AbstractJob;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Registers {@link RunAlerts} on every job of the application, whoever launches it (the
 * command line, {@code serve}'s schedule and pushes, the console), so that no job
 * configuration has to remember it. The listener is looked up when a job ends, not when
 * the job bean is made.
 */
@Configuration(proxyBeanMethods = false)
class JobAlertRegistrar {

	@Bean
	static BeanPostProcessor jobAlertListenerRegistrar(ObjectProvider<RunAlerts> alerts) {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof AbstractJob job) {
					job.registerJobExecutionListener(new Deferred(alerts));
				}
				return bean;
			}

		};
	}

	/**
	 * {@link RunAlerts}, found when a job ends, keeping its order (first, so it runs
	 * last).
	 */
	private record Deferred(ObjectProvider<RunAlerts> alerts) implements JobExecutionListener, Ordered {

		@Override
		public void afterJob(JobExecution execution) {
			RunAlerts target = this.alerts.getIfAvailable();
			if (target != null) {
				target.afterJob(execution);
			}
		}

		@Override
		public int getOrder() {
			return Ordered.HIGHEST_PRECEDENCE;
		}

	}

}
