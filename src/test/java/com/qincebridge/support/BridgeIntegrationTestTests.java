package com.qincebridge.support;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;
import org.springframework.util.ReflectionUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every {@link BridgeIntegrationTest} class must keep to: no method that returns a
 * {@code JobExecution} or a {@code StepExecution}, lambdas included, since
 * {@code @SpringBatchTest}'s scope listeners would call it before each test (a helper
 * that starts a job would start it; one that takes arguments fails every test).
 */
class BridgeIntegrationTestTests {

	@Test
	void noIntegrationTestHasAMethodTheBatchScopeListenersWouldCall() {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AnnotationTypeFilter(BridgeIntegrationTest.class));
		List<String> classes = new ArrayList<>();
		List<String> offending = new ArrayList<>();
		for (BeanDefinition candidate : scanner.findCandidateComponents("com.qincebridge")) {
			Class<?> type = ClassUtils.resolveClassName(candidate.getBeanClassName(), getClass().getClassLoader());
			classes.add(type.getName());
			for (Method method : ReflectionUtils.getAllDeclaredMethods(type)) {
				Class<?> returned = method.getReturnType();
				if (JobExecution.class.isAssignableFrom(returned) || StepExecution.class.isAssignableFrom(returned)) {
					offending.add(type.getSimpleName() + "." + method.getName());
				}
			}
		}
		assertThat(classes).contains("com.qincebridge.goods.StatementJobIntegrationTests",
				"com.qincebridge.push.QincePushIntegrationTests");
		assertThat(offending).isEmpty();
	}

}
