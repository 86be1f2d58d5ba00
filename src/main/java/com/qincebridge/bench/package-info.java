/**
 * The benchmark ({@code bench}): a month run against the in-process simulators with an
 * injected latency on a real database, measured per step against the floor the API round
 * trips set (calls × latency ÷ concurrency).
 */
@NullMarked
package com.qincebridge.bench;

import org.jspecify.annotations.NullMarked;
