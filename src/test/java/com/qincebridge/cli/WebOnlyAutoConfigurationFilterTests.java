package com.qincebridge.cli;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.annotation.ImportCandidates;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.web.context.support.StandardServletEnvironment;
import org.springframework.mock.web.MockServletContext;
import org.springframework.web.context.support.ServletContextScope;

import static org.assertj.core.api.Assertions.assertThat;

class WebOnlyAutoConfigurationFilterTests {

	private static final List<String> CANDIDATES = ImportCandidates
		.load(AutoConfiguration.class, WebOnlyAutoConfigurationFilterTests.class.getClassLoader())
		.getCandidates();

	@Test
	void anApplicationWithoutAWebServerKeepsOnlyTheAutoConfigurationsItsCommandsUse() {
		WebOnlyAutoConfigurationFilter filter = new WebOnlyAutoConfigurationFilter();
		filter.setBeanFactory(new DefaultListableBeanFactory());
		filter.setEnvironment(new StandardEnvironment());
		assertThat(kept(filter)).containsExactlyInAnyOrder(
				"org.springframework.boot.autoconfigure.admin.SpringApplicationAdminJmxAutoConfiguration",
				"org.springframework.boot.autoconfigure.aop.AopAutoConfiguration",
				"org.springframework.boot.autoconfigure.availability.ApplicationAvailabilityAutoConfiguration",
				"org.springframework.boot.autoconfigure.context.ConfigurationPropertiesAutoConfiguration",
				"org.springframework.boot.autoconfigure.context.LifecycleAutoConfiguration",
				"org.springframework.boot.autoconfigure.context.MessageSourceAutoConfiguration",
				"org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration",
				"org.springframework.boot.autoconfigure.info.ProjectInfoAutoConfiguration",
				"org.springframework.boot.autoconfigure.jmx.JmxAutoConfiguration",
				"org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration",
				"org.springframework.boot.autoconfigure.task.TaskExecutionAutoConfiguration",
				"org.springframework.boot.autoconfigure.task.TaskSchedulingAutoConfiguration",
				"org.springframework.boot.batch.autoconfigure.BatchAutoConfiguration",
				"org.springframework.boot.batch.autoconfigure.BatchJobLauncherAutoConfiguration",
				"org.springframework.boot.batch.jdbc.autoconfigure.BatchJdbcAutoConfiguration",
				"org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration",
				"org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration",
				"org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
				"org.springframework.boot.jdbc.autoconfigure.DataSourceInitializationAutoConfiguration",
				"org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration",
				"org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration",
				"org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration",
				"org.springframework.boot.jdbc.autoconfigure.JndiDataSourceAutoConfiguration",
				"org.springframework.boot.jdbc.autoconfigure.XADataSourceAutoConfiguration",
				"org.springframework.boot.persistence.autoconfigure.PersistenceExceptionTranslationAutoConfiguration",
				"org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration",
				"org.springframework.boot.transaction.autoconfigure.TransactionManagerCustomizationAutoConfiguration",
				"org.springframework.boot.transaction.jta.autoconfigure.JtaAutoConfiguration");
	}

	@Test
	void aWebApplicationKeepsEveryAutoConfiguration() {
		WebOnlyAutoConfigurationFilter filter = new WebOnlyAutoConfigurationFilter();
		filter.setBeanFactory(new DefaultListableBeanFactory());
		filter.setEnvironment(new StandardServletEnvironment());
		assertThat(kept(filter)).containsExactlyElementsOf(CANDIDATES);
	}

	@Test
	void aContextWithTheSessionScopeIsAWebApplication() {
		DefaultListableBeanFactory beanFactory = new DefaultListableBeanFactory();
		beanFactory.registerScope("session", new ServletContextScope(new MockServletContext()));
		WebOnlyAutoConfigurationFilter filter = new WebOnlyAutoConfigurationFilter();
		filter.setBeanFactory(beanFactory);
		filter.setEnvironment(new StandardEnvironment());
		assertThat(kept(filter)).containsExactlyElementsOf(CANDIDATES);
	}

	private static List<String> kept(WebOnlyAutoConfigurationFilter filter) {
		String[] candidates = CANDIDATES.toArray(String[]::new);
		boolean[] matches = filter.match(candidates, null);
		List<String> kept = new ArrayList<>();
		for (int i = 0; i < candidates.length; i++) {
			if (matches[i]) {
				kept.add(candidates[i]);
			}
		}
		return kept;
	}

}
