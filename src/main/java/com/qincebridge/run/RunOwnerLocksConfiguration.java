package com.qincebridge.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * The owner locks for the configured database: {@code GET_LOCK} on MySQL/MariaDB, lock
 * files beside an embedded H2 database (a directory {@code <database file>.run-locks}).
 */
@Configuration(proxyBeanMethods = false)
class RunOwnerLocksConfiguration {

	@Bean
	OwnerLocks runOwnerLocks(@Value("${spring.datasource.url}") String url,
			@Value("${spring.datasource.username:#{null}}") @Nullable String username,
			@Value("${spring.datasource.password:#{null}}") @Nullable String password,
			@Value("${bridge.runs.owner-timeout:60s}") Duration ownerTimeout) throws SQLException {
		if (url.startsWith("jdbc:h2:")) {
			return new FileOwnerLocks(h2LockDirectory(url));
		}
		if (url.startsWith("jdbc:mysql:") || url.startsWith("jdbc:mariadb:")) {
			Driver driver = DriverManager.getDriver(url);
			return new DatabaseOwnerLocks(new SimpleDriverDataSource(driver, url, username, password), ownerTimeout);
		}
		throw new IllegalStateException(
				"Runs are owned through MySQL/MariaDB locks or an embedded H2 file database; not supported: "
						+ url.replaceAll("password=[^&;]*", "password=***"));
	}

	static Path h2LockDirectory(String url) {
		String location = url.substring("jdbc:h2:".length()).split(";", 2)[0];
		if (location.startsWith("mem:")) {
			// only this process sees an in-memory database
			try {
				return Files.createTempDirectory("qince-bridge-run-locks");
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		if (location.startsWith("tcp:") || location.startsWith("ssl:")) {
			throw new IllegalStateException("Runs are owned through lock files beside an embedded H2 database; "
					+ "an H2 server is not supported: " + url);
		}
		String file = location.startsWith("file:") ? location.substring("file:".length()) : location;
		if (file.startsWith("~")) {
			file = System.getProperty("user.home") + file.substring(1);
		}
		return Path.of(file + ".run-locks").toAbsolutePath().normalize();
	}

}
