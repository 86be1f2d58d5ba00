package com.qincebridge.support;

import org.jspecify.annotations.Nullable;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.mysql.MySQLContainer;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The MySQL/MariaDB database the integration tests run on: the one
 * {@code BRIDGE_TEST_DB_URL} names (with {@code BRIDGE_TEST_DB_USER} and
 * {@code BRIDGE_TEST_DB_PASSWORD} when the URL does not carry them), otherwise a MySQL 8
 * container started with Testcontainers. With neither, tests fail with a message saying
 * so; they never fall back to H2 and never skip.
 */
public final class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	static final String URL_VARIABLE = "BRIDGE_TEST_DB_URL";

	private static @Nullable Coordinates coordinates;

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		Coordinates database = coordinates();
		TestPropertyValues values = TestPropertyValues.of("spring.datasource.url=" + database.url());
		if (database.username() != null) {
			values = values.and("spring.datasource.username=" + database.username());
		}
		if (database.password() != null) {
			values = values.and("spring.datasource.password=" + database.password());
		}
		values.applyTo(context);
	}

	/** Where the test database is; starts the container on first use when needed. */
	public static synchronized Coordinates coordinates() {
		if (coordinates == null) {
			coordinates = locate();
		}
		return coordinates;
	}

	private static Coordinates locate() {
		String url = System.getenv(URL_VARIABLE);
		if (url != null && !url.isBlank()) {
			return new Coordinates(url, System.getenv("BRIDGE_TEST_DB_USER"), System.getenv("BRIDGE_TEST_DB_PASSWORD"));
		}
		if (DockerClientFactory.instance().isDockerAvailable()) {
			MySQLContainer mysql = new MySQLContainer("mysql:8.4");
			mysql.start();
			return new Coordinates(mysql.getJdbcUrl(), mysql.getUsername(), mysql.getPassword());
		}
		throw new IllegalStateException(
				"No test database: set " + URL_VARIABLE + " to a MySQL 8 / MariaDB 10.6+ JDBC URL (for example "
						+ "jdbc:mysql://127.0.0.1:3306/qince_bridge_test?user=root&password=), or make a Docker engine "
						+ "available so that Testcontainers can start MySQL. The tests do not run on H2.");
	}

	public record Coordinates(String url, @Nullable String username, @Nullable String password) {
	}

}
