package com.qincebridge.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;

import com.qincebridge.erp.ErpProperties;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * What a command that could not do its work prints, and its exit status.
 */
class CommandFailureTests {

	private static final String LOG = "/var/log/qince-bridge/qince-bridge.log";

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@Test
	void aBaseUrlWithoutSchemeNamesTheSettingAndIsAConfigurationError() {
		Throwable failure = new BeanCreationException("erpClient", "Failed to instantiate",
				catchThrowable(() -> erp("www.zhixdl.com").newClient()));

		assertThat(report("check", failure)).isEqualTo(ExitStatus.CONFIGURATION);

		assertThat(printed()).isEqualTo("check: bridge.erp.base-url must be an http or https URL such as "
				+ "https://host: \"www.zhixdl.com\" (environment variable BRIDGE_ERP_BASE_URL)\n");
	}

	@Test
	void aSettingThatIsNotANumberNamesTheSettingAndItsType() {
		Throwable failure = catchThrowable(
				() -> new Binder(new MapConfigurationPropertySource(Map.of("bridge.erp.page-size", "abc")))
					.bind("bridge.erp", ErpProperties.class));

		assertThat(report("run", failure)).isEqualTo(ExitStatus.CONFIGURATION);

		assertThat(printed()).startsWith("run: setting bridge.erp.page-size cannot be read as int: ")
			.contains("abc")
			.hasLineCount(1);
	}

	@Test
	void checkWithAWrongDatabasePasswordFailsWithTheCauseAndNoCredentials() {
		Throwable failure = new IllegalStateException("Failed to start",
				new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
						new SQLException("Access denied for user 'bridge'@'10.0.0.5' (using password: YES)", "28000")));

		assertThat(report("check", failure)).isEqualTo(ExitStatus.FAILED);

		assertThat(printed()).isEqualTo("check: Database: FAILED jdbc:mysql://db.example:3306/qince_bridge: "
				+ "Access denied for user 'bridge'@'10.0.0.5' (using password: YES); Qince and zhixdl were not "
				+ "checked (the trace is in " + Path.of(LOG).toAbsolutePath() + ")\n");
	}

	@Test
	void aRunWhoseDatabaseRefusesTheConnectionIsAnErrorWithTheRootCause() {
		Throwable failure = new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
				new SQLException("Communications link failure\n\nThe last packet sent successfully was 0 ms ago.",
						"08S01", new ConnectException("Connection refused")));

		assertThat(report("run", failure)).isEqualTo(ExitStatus.ERROR);

		assertThat(printed()).isEqualTo("run: cannot use the database jdbc:mysql://db.example:3306/qince_bridge: "
				+ "Communications link failure (Connection refused) (the trace is in " + Path.of(LOG).toAbsolutePath()
				+ ")\n");
	}

	@Test
	void anyOtherFailureIsOneLineWithItsMostTellingCause() {
		Throwable failure = new BeanCreationException("jobRuns", "Error creating bean with name 'jobRuns'",
				new IllegalStateException("No job statementJob in this version of the product\nsecond line"));

		assertThat(report("restart", failure)).isEqualTo(ExitStatus.ERROR);

		assertThat(printed()).isEqualTo("restart: No job statementJob in this version of the product (the trace is in "
				+ Path.of(LOG).toAbsolutePath() + ")\n");
	}

	@Test
	void databaseUrlsAreShownWithoutCredentialsOrOptions() {
		assertThat(CommandFailure.redacted("jdbc:mysql://root:s3cret@db:3306/qb?password=x"))
			.isEqualTo("jdbc:mysql://db:3306/qb");
		assertThat(CommandFailure.redacted("jdbc:h2:file:./data/qince-bridge;MODE=MySQL;PASSWORD=x"))
			.isEqualTo("jdbc:h2:file:./data/qince-bridge");
	}

	private int report(String command, Throwable failure) {
		return new CommandFailure(command, LOG, "jdbc:mysql://db.example:3306/qince_bridge?user=bridge&password=pw")
			.report(failure, new PrintStream(this.err, true, StandardCharsets.UTF_8));
	}

	private String printed() {
		return this.err.toString(StandardCharsets.UTF_8);
	}

	private static ErpProperties erp(String baseUrl) {
		return new Binder(new MapConfigurationPropertySource(
				Map.of("bridge.erp.base-url", baseUrl, "bridge.erp.app-key", "key-secret")))
			.bind("bridge.erp", ErpProperties.class)
			.get();
	}

}
