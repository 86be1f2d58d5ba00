package com.qincebridge.console;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.qincebridge.QinceBridgeApplication;
import com.qincebridge.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code serve}'s console users at start: a plain-text password stops it with a message
 * naming the setting (not its value); with no user the console is off, says so, and the
 * push receiver still answers.
 */
@ExtendWith(OutputCaptureExtension.class)
class ConsoleUsersIntegrationTests {

	@Test
	void aPlainTextPasswordStopsServeWithAClearMessage(CapturedOutput output) {
		List<String> args = serveArguments();
		args.add("--bridge.console.users.ann.password=Summer2025!");
		args.add("--bridge.console.users.ann.role=OPERATOR");

		assertThatThrownBy(() -> SpringApplication.run(QinceBridgeApplication.class, args.toArray(String[]::new)))
			.rootCause()
			.isInstanceOf(ConsoleSettingException.class)
			.hasMessage("bridge.console.users.ann.password: plain text passwords are refused; give the encoded form, "
					+ "{bcrypt}... (Spring Security's DelegatingPasswordEncoder format)");
		assertThat(output).contains("APPLICATION FAILED TO START", "bridge.console.users.ann.password",
				"java -jar qince-bridge.jar hash-password");
		assertThat(output).doesNotContain("Summer2025!");
	}

	@Test
	void anUnknownRoleStopsServe() {
		List<String> args = serveArguments();
		args.add("--bridge.console.users.ann.password={bcrypt}$2a$10$abcdefghijklmnopqrstuv");
		args.add("--bridge.console.users.ann.role=ADMIN");

		assertThatThrownBy(() -> SpringApplication.run(QinceBridgeApplication.class, args.toArray(String[]::new)))
			.rootCause()
			.hasMessage("bridge.console.users.ann.role: must be VIEWER or OPERATOR");
	}

	@Test
	void withNoUserTheConsoleIsOffAndSaysSoWhileThePushReceiverAnswers(CapturedOutput output) throws Exception {
		try (ConfigurableApplicationContext context = SpringApplication.run(QinceBridgeApplication.class,
				serveArguments().toArray(String[]::new))) {
			int port = ((WebServerApplicationContext) context).getWebServer().getPort();
			ConsoleHttp http = new ConsoleHttp(port);

			HttpResponse<String> runs = http.get("/runs");
			HttpResponse<String> login = http.get("/login");
			HttpResponse<String> push = http.push(
					Map.of("msgId", "m1", "dataType", "ksf_statement", "data", "{}", "timestamp", "1", "digest", "x"));

			assertThat(output).contains("Console off: no user configured");
			assertThat(runs.statusCode()).isEqualTo(404);
			assertThat(login.statusCode()).isEqualTo(404);
			assertThat(push.statusCode()).isEqualTo(200);
			assertThat(push.body()).isEqualTo("{\"return_code\":1}");
		}
	}

	/**
	 * The application as serve starts it, with no command (so that the start returns).
	 */
	private static List<String> serveArguments() {
		TestDatabase.Coordinates database = TestDatabase.coordinates();
		List<String> args = new ArrayList<>(List.of("--spring.main.web-application-type=servlet", "--server.port=0",
				"--spring.datasource.url=" + database.url(), "--bridge.qince.push-secret=push-secret"));
		if (database.username() != null) {
			args.add("--spring.datasource.username=" + database.username());
		}
		if (database.password() != null) {
			args.add("--spring.datasource.password=" + database.password());
		}
		return args;
	}

}
