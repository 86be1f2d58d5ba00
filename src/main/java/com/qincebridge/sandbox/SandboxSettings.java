package com.qincebridge.sandbox;

import java.time.Clock;
import java.time.Duration;

/**
 * How a {@link Sandbox} starts.
 *
 * @param port the local port, 0 for any free one
 * @param data the generated zhixdl data set
 * @param credentials what the simulators accept
 * @param clock the sandbox's time: write-back and save times, Qince create and modify
 * times, and the reference of the timestamp check; give it the clock of the client under
 * test when that one is fixed
 * @param timestampSkew how far a Qince timestamp may be from the clock; zero turns the
 * check off
 * @param statementPageSize statements per page of queryStatement and
 * queryExpenseStatement (undocumented; 100 by default)
 */
public record SandboxSettings(int port, DataSetSpec data, SandboxCredentials credentials, Clock clock,
		Duration timestampSkew, int statementPageSize) {

	public SandboxSettings {
		if (port < 0 || port > 65535) {
			throw new IllegalArgumentException("port must be from 0 to 65535: " + port);
		}
		if (timestampSkew.isNegative()) {
			throw new IllegalArgumentException("timestampSkew must not be negative: " + timestampSkew);
		}
		if (statementPageSize < 1) {
			throw new IllegalArgumentException("statementPageSize must be at least 1: " + statementPageSize);
		}
	}

	/**
	 * Any free port, the default data set and credentials, the system clock in
	 * Asia/Shanghai, timestamps within 10 minutes, 100 statements per page.
	 */
	public static SandboxSettings defaults() {
		return new SandboxSettings(0, DataSetSpec.defaults(), SandboxCredentials.defaults(),
				Clock.system(ShanghaiTime.ZONE), Duration.ofMinutes(10), 100);
	}

	public SandboxSettings withPort(int port) {
		return new SandboxSettings(port, this.data, this.credentials, this.clock, this.timestampSkew,
				this.statementPageSize);
	}

	public SandboxSettings withData(DataSetSpec data) {
		return new SandboxSettings(this.port, data, this.credentials, this.clock, this.timestampSkew,
				this.statementPageSize);
	}

	public SandboxSettings withCredentials(SandboxCredentials credentials) {
		return new SandboxSettings(this.port, this.data, credentials, this.clock, this.timestampSkew,
				this.statementPageSize);
	}

	public SandboxSettings withClock(Clock clock) {
		return new SandboxSettings(this.port, this.data, this.credentials, clock, this.timestampSkew,
				this.statementPageSize);
	}

	public SandboxSettings withTimestampSkew(Duration timestampSkew) {
		return new SandboxSettings(this.port, this.data, this.credentials, this.clock, timestampSkew,
				this.statementPageSize);
	}

	public SandboxSettings withStatementPageSize(int statementPageSize) {
		return new SandboxSettings(this.port, this.data, this.credentials, this.clock, this.timestampSkew,
				statementPageSize);
	}

}
