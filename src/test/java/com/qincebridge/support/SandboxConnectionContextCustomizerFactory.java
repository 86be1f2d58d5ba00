package com.qincebridge.support;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.qincebridge.sandbox.Sandbox;
import com.qincebridge.sandbox.SandboxCredentials;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.TestContextAnnotationUtils;
import org.springframework.test.context.support.TestPropertySourceUtils;
import org.springframework.util.ReflectionUtils;

/**
 * Finds the {@link SandboxConnection @SandboxConnection} field of a test class and gives
 * its context the settings that point the product at that sandbox (registered in
 * {@code META-INF/spring.factories}). The field is read when the test's context is
 * configured, which starts the sandbox.
 */
class SandboxConnectionContextCustomizerFactory implements ContextCustomizerFactory {

	@Override
	public @Nullable ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		List<Field> fields = new ArrayList<>();
		for (Class<?> type = testClass; type != null; type = TestContextAnnotationUtils.searchEnclosingClass(type)
				? type.getEnclosingClass() : null) {
			ReflectionUtils.doWithFields(type, fields::add,
					(field) -> MergedAnnotations.from(field).isPresent(SandboxConnection.class));
		}
		if (fields.isEmpty()) {
			return null;
		}
		if (fields.size() > 1) {
			throw new IllegalStateException("One @SandboxConnection per test class: " + testClass.getName() + " has "
					+ fields.stream().map(Field::getName).toList());
		}
		return new SandboxConnectionContextCustomizer(settings(sandbox(fields.get(0))));
	}

	private static Sandbox sandbox(Field field) {
		if (!Modifier.isStatic(field.getModifiers()) || !Sandbox.class.isAssignableFrom(field.getType())) {
			throw new IllegalStateException("@SandboxConnection goes on a static Sandbox field, not on " + field);
		}
		ReflectionUtils.makeAccessible(field);
		if (!(ReflectionUtils.getField(field, null) instanceof Sandbox sandbox)) {
			throw new IllegalStateException("@SandboxConnection field " + field + " holds no sandbox");
		}
		return sandbox;
	}

	/**
	 * What points the product at the sandbox, as {@code sandbox} prints it, and limits.
	 */
	static Map<String, Object> settings(Sandbox sandbox) {
		SandboxCredentials credentials = sandbox.settings().credentials();
		Map<String, Object> settings = new LinkedHashMap<>();
		settings.put("bridge.erp.base-url", sandbox.erpBaseUrl());
		settings.put("bridge.erp.app-key", credentials.erpAppKey());
		settings.put("bridge.erp.company-codes", String.join(",", sandbox.erp().data().companyCodes()));
		settings.put("bridge.qince.base-url", sandbox.qinceBaseUrl());
		settings.put("bridge.qince.openid", credentials.qinceOpenid());
		settings.put("bridge.qince.appkey", credentials.qinceAppkey());
		settings.put("bridge.qince.push-secret", credentials.qincePushSecret());
		// the sandbox answers at once and fails only where a test tells it to
		settings.put("bridge.erp.max-attempts", "1");
		settings.put("bridge.erp.requests-per-second", "1000");
		settings.put("bridge.qince.max-attempts", "1");
		settings.put("bridge.qince.requests-per-second", "1000");
		return settings;
	}

	/**
	 * Adds the settings just below the test's inlined properties, so that those override
	 * them. Equal settings, equal customizer: the context cache keys on them.
	 */
	record SandboxConnectionContextCustomizer(Map<String, Object> settings) implements ContextCustomizer {

		static final String PROPERTY_SOURCE_NAME = "sandboxConnection";

		SandboxConnectionContextCustomizer {
			settings = Map.copyOf(settings);
		}

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration mergedConfig) {
			MutablePropertySources sources = context.getEnvironment().getPropertySources();
			MapPropertySource sandbox = new MapPropertySource(PROPERTY_SOURCE_NAME, this.settings);
			if (sources.contains(TestPropertySourceUtils.INLINED_PROPERTIES_PROPERTY_SOURCE_NAME)) {
				sources.addAfter(TestPropertySourceUtils.INLINED_PROPERTIES_PROPERTY_SOURCE_NAME, sandbox);
			}
			else {
				sources.addFirst(sandbox);
			}
		}

	}

}
