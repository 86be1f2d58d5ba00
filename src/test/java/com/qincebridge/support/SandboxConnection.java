package com.qincebridge.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Points the product under test at a {@link com.qincebridge.sandbox.Sandbox}: put it on a
 * static {@code Sandbox} field of the test class (or of a class it extends or is nested
 * in), as Spring Boot's {@code @ServiceConnection} is put on a container. The context
 * then gets the sandbox's addresses and credentials, its company codes, and the limits a
 * local sandbox needs (one attempt per call, no rate limit to speak of); a property of
 * the test class itself ({@code @BridgeIntegrationTest(properties = …)}) overrides any of
 * them. Contexts are cached by those settings: two sandboxes never share a context.
 *
 * @see SandboxConnectionContextCustomizerFactory
 */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface SandboxConnection {

}
