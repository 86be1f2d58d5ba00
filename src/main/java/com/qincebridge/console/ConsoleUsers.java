package com.qincebridge.console;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * The console's users, read from the settings and checked: each has a password in Spring
 * Security's encoded form ({@code {bcrypt}…}, or another strong encoder's id) and a role.
 * A plain-text password, {@code {noop}}, or a missing or unknown role stops the start
 * with a message naming the setting (never its value).
 */
final class ConsoleUsers {

	private static final Pattern ENCODED = Pattern.compile("^\\{(bcrypt|argon2@SpringSecurity_v5_8|argon2"
			+ "|pbkdf2@SpringSecurity_v5_8|pbkdf2|scrypt@SpringSecurity_v5_8|scrypt)\\}.+");

	private final List<UserDetails> users;

	private ConsoleUsers(List<UserDetails> users) {
		this.users = users;
	}

	static ConsoleUsers of(ConsoleProperties properties) {
		List<UserDetails> users = new ArrayList<>();
		for (Map.Entry<String, ConsoleProperties.User> entry : properties.usersOrNone().entrySet()) {
			String name = entry.getKey();
			String prefix = "bridge.console.users." + name;
			String password = entry.getValue().password();
			if (password == null || password.isBlank()) {
				throw new ConsoleSettingException(prefix + ".password", "missing");
			}
			if (!ENCODED.matcher(password).matches()) {
				throw new ConsoleSettingException(prefix + ".password", "plain text passwords are refused; "
						+ "give the encoded form, {bcrypt}... (Spring Security's DelegatingPasswordEncoder format)");
			}
			users.add(User.withUsername(name).password(password).roles(role(prefix, entry.getValue().role())).build());
		}
		return new ConsoleUsers(users);
	}

	private static String role(String prefix, @org.jspecify.annotations.Nullable String role) {
		try {
			return Role.valueOf((role != null) ? role.strip().toUpperCase(java.util.Locale.ROOT) : "").name();
		}
		catch (IllegalArgumentException ex) {
			throw new ConsoleSettingException(prefix + ".role", "must be VIEWER or OPERATOR");
		}
	}

	boolean isEmpty() {
		return this.users.isEmpty();
	}

	List<String> names() {
		return this.users.stream().map(UserDetails::getUsername).sorted().toList();
	}

	InMemoryUserDetailsManager userDetailsService() {
		return new InMemoryUserDetailsManager(this.users);
	}

	static PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

}
