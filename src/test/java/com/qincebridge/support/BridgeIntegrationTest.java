package com.qincebridge.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.JobRepositoryTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.annotation.AliasFor;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application on the real test database ({@link TestDatabase}), with Spring
 * Batch's test support ({@link SpringBatchTest}: a {@link JobRepositoryTestUtils} and a
 * {@link JobOperatorTestUtils} bean — the context has several jobs, so give the latter
 * its job with {@code setJob}); a static sandbox field marked
 * {@link SandboxConnection @SandboxConnection} points the product at that sandbox.
 * <p>
 * {@code @SpringBatchTest}'s listeners call, before each test, a method of the test class
 * that returns a {@code JobExecution} or a {@code StepExecution} (to make the job and
 * step scope of the test thread): a test helper must not return either, lambdas included
 * ({@code BridgeIntegrationTestTests} checks it). Return the job parameters instead, and
 * start the run in the test.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest
@SpringBatchTest
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
