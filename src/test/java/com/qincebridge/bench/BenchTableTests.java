package com.qincebridge.bench;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bench's JVM line: the options that change the JVM's speed, by name, never a system
 * property or another option that may carry a secret.
 */
class BenchTableTests {

	@Test
	void theJvmLineNamesTheSpeedOptionsAndLeavesOutWhatMayCarryASecret() {
		String jvm = BenchTable.jvm("OpenJDK 64-Bit Server VM", "17.0.15+6",
				List.of("-XX:TieredStopAtLevel=1", "-Dspring.datasource.password=secret",
						"-XX:SharedArchiveFile=app/qince-bridge.jsa", "-Xmx256m", "-javaagent:agent.jar",
						"-XX:OnError=curl -H 'token: secret' x", "-XX:-TieredCompilation", "-XX:HeapDumpPath=/secret",
						"-Xint"));

		assertThat(jvm).isEqualTo("OpenJDK 64-Bit Server VM 17.0.15+6, -XX:TieredStopAtLevel=1 "
				+ "-XX:SharedArchiveFile=app/qince-bridge.jsa -Xmx256m -XX:-TieredCompilation -Xint");
	}

	@Test
	void aJvmWithoutOptionsSaysSo() {
		assertThat(BenchTable.jvm("OpenJDK 64-Bit Server VM", "17.0.15+6", List.of("-Dbridge.erp.app-key=k")))
			.isEqualTo("OpenJDK 64-Bit Server VM 17.0.15+6, no options");
	}

}
