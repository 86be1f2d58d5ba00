/**
 * The sandbox: stateful in-process simulators of the zhixdl open API and the Qince
 * OpenAPI on one local port, for the product's tests, for trials without credentials and
 * for the demo. Spring-free except {@link com.qincebridge.sandbox.SandboxCommand}.
 */
@NullMarked
package com.qincebridge.sandbox;

import org.jspecify.annotations.NullMarked;
