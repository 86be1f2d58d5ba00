package com.qincebridge.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.annotation.AliasFor;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application on the real test database ({@link TestDatabase}); a static
 * sandbox field marked {@link SandboxConnection @SandboxConnection} points the product at
 * that sandbox.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest
@ContextConfiguration(initializers = TestDatabase.class)
public @interface BridgeIntegrationTest {

	/**
	 * Properties of this test class only, {@code key=value}; they override what a
	 * {@link SandboxConnection} sets.
	 */
	@AliasFor(annotation = SpringBootTest.class)
	String[] properties() default {};

	/** The web environment; {@code RANDOM_PORT} for the push receiver and console. */
	@AliasFor(annotation = SpringBootTest.class)
	SpringBootTest.WebEnvironment webEnvironment() default SpringBootTest.WebEnvironment.MOCK;

}
