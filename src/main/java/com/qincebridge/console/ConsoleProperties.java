package com.qincebridge.console;

import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code bridge.console.*}: the console's users and the address it is reached at.
 *
 * @param users by name: {@code bridge.console.users.<name>.password} (Spring Security's
 * encoded form, such as {@code {bcrypt}$2a$10$…}) and {@code .role} (VIEWER, OPERATOR)
 * @param publicUrl the console's address as users reach it, for links in alerts
 */
@ConfigurationProperties("bridge.console")
record ConsoleProperties(@Nullable Map<String, User> users, @Nullable String publicUrl) {

	Map<String, User> usersOrNone() {
		return (this.users != null) ? this.users : Map.of();
	}

	record User(@Nullable String password, @Nullable String role) {
	}

}
