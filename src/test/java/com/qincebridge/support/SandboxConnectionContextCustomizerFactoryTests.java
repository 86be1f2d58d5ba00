package com.qincebridge.support;

import java.util.List;
import java.util.Map;

import com.qincebridge.sandbox.DataSetSpec;
import com.qincebridge.sandbox.Sandbox;
import com.qincebridge.sandbox.SandboxSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.support.TestPropertySourceUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * {@link SandboxConnection}: which field it reads, what it sets and below what, and the
 * equality the context cache keys on.
 */
class SandboxConnectionContextCustomizerFactoryTests {

	static final Sandbox first = Sandbox
		.start(SandboxSettings.defaults().withData(DataSetSpec.defaults().withSize(50).withCompanies(2)));

	static final Sandbox second = Sandbox
		.start(SandboxSettings.defaults().withData(DataSetSpec.defaults().withSize(50)));

	private final SandboxConnectionContextCustomizerFactory factory = new SandboxConnectionContextCustomizerFactory();

	@AfterAll
	static void stop() {
		first.close();
		second.close();
	}

	@Test
	void setsTheSandboxsAddressesCredentialsCompaniesAndLocalLimits() {
		ContextCustomizer customizer = customizer(OnFirst.class);

		assertThat(customizer)
			.isInstanceOf(SandboxConnectionContextCustomizerFactory.SandboxConnectionContextCustomizer.class);
		assertThat(
				((SandboxConnectionContextCustomizerFactory.SandboxConnectionContextCustomizer) customizer).settings())
			.containsOnly(Map.entry("bridge.erp.base-url", first.erpBaseUrl()),
					Map.entry("bridge.erp.app-key", "OzXgnUoCd7bJRe"), Map.entry("bridge.erp.company-codes", "101,102"),
					Map.entry("bridge.qince.base-url", first.qinceBaseUrl()),
					Map.entry("bridge.qince.openid", "sandbox-openid"),
					Map.entry("bridge.qince.appkey", "BFCO0PAgIUgd50c0l6"),
					Map.entry("bridge.qince.push-secret", "sandbox-push-secret"),
					Map.entry("bridge.erp.max-attempts", "1"), Map.entry("bridge.erp.requests-per-second", "1000"),
					Map.entry("bridge.qince.max-attempts", "1"), Map.entry("bridge.qince.requests-per-second", "1000"));
	}

	@Test
	void classesOnTheSameSandboxShareAContextAndOnAnotherDoNot() {
		assertThat(customizer(OnFirst.class)).isEqualTo(customizer(AlsoOnFirst.class))
			.hasSameHashCodeAs(customizer(AlsoOnFirst.class))
			.isNotEqualTo(customizer(OnSecond.class));
	}

	@Test
	void theFieldIsFoundInTheSuperclassAndTheEnclosingClass() {
		assertThat(customizer(ExtendsOnSecond.class)).isEqualTo(customizer(OnSecond.class));
		assertThat(customizer(OnSecond.Inner.class)).isEqualTo(customizer(OnSecond.class));
	}

	@Test
	void aClassWithoutTheFieldIsLeftAlone() {
		assertThat(
				this.factory.createContextCustomizer(SandboxConnectionContextCustomizerFactoryTests.class, List.of()))
			.isNull();
	}

	@Test
	void onlyAStaticSandboxFieldQualifies() {
		assertThatIllegalStateException().isThrownBy(() -> customizer(OnInstanceField.class))
			.withMessageStartingWith("@SandboxConnection goes on a static Sandbox field");
		assertThatIllegalStateException().isThrownBy(() -> customizer(OnTwoFields.class))
			.withMessageContaining("One @SandboxConnection per test class");
	}

	@Test
	void theTestsOwnPropertiesOverrideTheSandboxAndTheSandboxOverridesTheMachine() {
		GenericApplicationContext context = new GenericApplicationContext();
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources()
			.addLast(new MapPropertySource("machine", Map.of("bridge.erp.base-url", "https://erp.example.com",
					"bridge.qince.openid", "production-openid")));
		TestPropertySourceUtils.addInlinedPropertiesToEnvironment(environment, "bridge.erp.max-attempts=2");
		context.setEnvironment(environment);

		customizer(OnFirst.class).customizeContext(context, null);

		assertThat(environment.getProperty("bridge.erp.max-attempts")).isEqualTo("2");
		assertThat(environment.getProperty("bridge.qince.max-attempts")).isEqualTo("1");
		assertThat(environment.getProperty("bridge.erp.base-url")).isEqualTo(first.erpBaseUrl());
		assertThat(environment.getProperty("bridge.qince.openid")).isEqualTo("sandbox-openid");
	}

	private ContextCustomizer customizer(Class<?> testClass) {
		ContextCustomizer customizer = this.factory.createContextCustomizer(testClass, List.of());
		assertThat(customizer).as(testClass.getSimpleName()).isNotNull();
		return customizer;
	}

	static class OnFirst {

		@SandboxConnection
		static final Sandbox sandbox = first;

	}

	static class AlsoOnFirst {

		@SandboxConnection
		static Sandbox apis = first;

	}

	static class OnSecond {

		@SandboxConnection
		private static final Sandbox sandbox = second;

		// as a @Nested test class is
		class Inner {

		}

	}

	static class ExtendsOnSecond extends OnSecond {

	}

	static class OnInstanceField {

		@SandboxConnection
		final Sandbox sandbox = first;

	}

	static class OnTwoFields {

		@SandboxConnection
		static final Sandbox one = first;

		@SandboxConnection
		static final Sandbox two = second;

	}

}
