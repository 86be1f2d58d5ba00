package com.qincebridge.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/**
 * {@code hash-password}: a console user's password encoded as
 * {@code bridge.console.users.<name>.password} wants it ({@code {bcrypt}…}), answered
 * without starting the application.
 */
final class HashPassword {

	private HashPassword() {
	}

	static int run(InputStream in, PrintStream out, PrintStream err) {
		String password;
		Console console = System.console();
		try {
			if (console != null) {
				char[] typed = console.readPassword("Password: ");
				password = (typed != null) ? new String(typed) : null;
			}
			else {
				password = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
			}
		}
		catch (IOException ex) {
			password = null;
		}
		if (password == null || password.isEmpty()) {
			err.println("No password given (type it, or give it as the first line of standard input).");
			return ExitStatus.USAGE;
		}
		out.println(PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(password));
		return ExitStatus.OK;
	}

}
