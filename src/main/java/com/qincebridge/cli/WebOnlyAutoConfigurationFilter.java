package com.qincebridge.cli;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfigurationImportFilter;
import org.springframework.boot.autoconfigure.AutoConfigurationMetadata;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.web.context.ConfigurableWebEnvironment;

/**
 * Leaves out of an application that runs no web server (every command but {@code serve}
 * and {@code demo --serve}) the auto-configurations that only a web server uses: Spring
 * MVC, Tomcat, Thymeleaf and Spring Security (the console and the push receiver), and
 * actuator's endpoints, health indicators and metrics (read only over HTTP). Without it a
 * command evaluates about ninety of them and creates their beans (Micrometer's and
 * Prometheus's registries, the template engine) before its first step.
 * <p>
 * An application is a web application as Spring Boot's
 * {@code @ConditionalOnWebApplication} decides: its context has the {@code session}
 * scope, or its environment is a web environment. A web application keeps every
 * auto-configuration.
 */
public class WebOnlyAutoConfigurationFilter
		implements AutoConfigurationImportFilter, BeanFactoryAware, EnvironmentAware {

	/** The packages of the auto-configurations only a web server uses. */
	static final List<String> WEB_ONLY = List.of("org.springframework.boot.actuate.",
			"org.springframework.boot.health.", "org.springframework.boot.micrometer.",
			"org.springframework.boot.security.", "org.springframework.boot.servlet.",
			"org.springframework.boot.thymeleaf.", "org.springframework.boot.tomcat.",
			"org.springframework.boot.webmvc.", "org.springframework.boot.http.converter.");

	/**
	 * What another module contributes to actuator: its endpoint, health indicator or
	 * metrics (Flyway's endpoint, the DataSource's health and pool metrics, Spring
	 * Batch's observations).
	 */
	static final List<String> WEB_ONLY_PARTS = List.of(".health.", ".metrics.", ".observation.",
			"EndpointAutoConfiguration");

	private @Nullable BeanFactory beanFactory;

	private @Nullable Environment environment;

	@Override
	public void setBeanFactory(BeanFactory beanFactory) {
		this.beanFactory = beanFactory;
	}

	@Override
	public void setEnvironment(Environment environment) {
		this.environment = environment;
	}

	@Override
	public boolean[] match(@Nullable String[] autoConfigurationClasses,
			AutoConfigurationMetadata autoConfigurationMetadata) {
		boolean web = isWebApplication();
		boolean[] matches = new boolean[autoConfigurationClasses.length];
		for (int i = 0; i < autoConfigurationClasses.length; i++) {
			String candidate = autoConfigurationClasses[i];
			matches[i] = web || candidate == null || !isWebOnly(candidate);
		}
		return matches;
	}

	static boolean isWebOnly(String autoConfiguration) {
		return WEB_ONLY.stream().anyMatch(autoConfiguration::startsWith)
				|| (autoConfiguration.startsWith("org.springframework.boot.")
						&& WEB_ONLY_PARTS.stream().anyMatch(autoConfiguration::contains));
	}

	private boolean isWebApplication() {
		if (this.beanFactory instanceof ConfigurableListableBeanFactory factory
				&& List.of(factory.getRegisteredScopeNames()).contains("session")) {
			return true;
		}
		return this.environment instanceof ConfigurableWebEnvironment;
	}

}
