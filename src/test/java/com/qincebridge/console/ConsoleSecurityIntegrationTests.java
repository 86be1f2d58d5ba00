package com.qincebridge.console;

import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.qincebridge.sandbox.Sandbox;
import com.qincebridge.sandbox.SandboxCredentials;
import com.qincebridge.support.BridgeIntegrationTest;
import com.qincebridge.support.SandboxConnection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may see and do what: without a session every page sends the browser to the login;
 * an action without a CSRF token, or by a VIEWER, is refused and not carried out; Qince's
 * push and health need no login; Prometheus needs a user; no page shows a secret.
 */
@BridgeIntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.main.web-application-type=servlet", ConsoleTestSupport.USERS })
class ConsoleSecurityIntegrationTests {

	static final List<String> PAGES = List.of("/", "/runs", "/runs/1", "/runs/1/progress", "/months", "/statements",
			"/statements/HK1012025090001", "/statements.xlsx", "/problems", "/problems.xlsx", "/prepayments",
			"/prepayments/reconciliation.xlsx", "/prepayments/files/a.csv/result", "/anything-else");

	@SandboxConnection
	static final Sandbox sandbox = Sandbox.start();

	@AfterAll
	static void stop() {
		sandbox.close();
	}

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	ConsoleHttp http;

	@BeforeEach
	void clean() {
		this.jdbc.sql("DELETE FROM console_audit").update();
		this.http = new ConsoleHttp(this.port);
	}

	@Test
	void everyPageSendsTheBrowserToTheLoginWithoutASession() throws Exception {
		for (String page : PAGES) {
			HttpResponse<String> response = this.http.get(page);
			assertThat(response.statusCode()).as(page).isEqualTo(302);
			assertThat(response.headers().firstValue("Location")).as(page)
				.hasValueSatisfying((location) -> assertThat(location).endsWith("/login"));
		}
		assertThat(this.http.get("/login").statusCode()).isEqualTo(200);
	}

	@Test
	void anActionWithoutACsrfTokenIsRefused() throws Exception {
		this.http.logIn(ConsoleTestSupport.OPERATOR, ConsoleTestSupport.PASSWORD);

		HttpResponse<String> response = this.http.post("/actions/runs/1/stop", Map.of());
		HttpResponse<String> start = this.http.post("/actions/start", Map.of("job", "statement", "month", "2025-09"));

		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(start.statusCode()).isEqualTo(403);
		assertThat(audited()).isZero();
	}

	@Test
	void anActionByAViewerIsRefused() throws Exception {
		this.http.logIn(ConsoleTestSupport.VIEWER, ConsoleTestSupport.PASSWORD);
		String csrf = this.http.csrf("/runs");

		HttpResponse<String> stop = this.http.post("/actions/runs/1/stop", Map.of("_csrf", csrf));
		HttpResponse<String> start = this.http.post("/actions/start",
				Map.of("job", "statement", "month", "2025-09", "_csrf", csrf));

		assertThat(stop.statusCode()).isEqualTo(403);
		assertThat(start.statusCode()).isEqualTo(403);
		assertThat(audited()).isZero();
	}

	@Test
	void anOperatorsActionWithItsTokenIsCarriedOutAndAudited() throws Exception {
		this.http.logIn(ConsoleTestSupport.OPERATOR, ConsoleTestSupport.PASSWORD);
		String csrf = this.http.csrf("/runs");

		HttpResponse<String> stop = this.http.post("/actions/runs/987654/stop", Map.of("_csrf", csrf));

		assertThat(stop.statusCode()).isEqualTo(302);
		assertThat(this.jdbc.sql("SELECT user_name, action, target, outcome FROM console_audit")
			.query((rs, row) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
			.list()).containsExactly(List.of("operator", "STOP", "execution 987654", "REFUSED"));
	}

	@Test
	void qincesPushAndHealthNeedNoLogin() throws Exception {
		HttpResponse<String> push = this.http.push(
				Map.of("msgId", "m1", "dataType", "ksf_statement", "data", "{}", "timestamp", "1", "digest", "forged"));
		HttpResponse<String> health = this.http.get("/actuator/health", Map.of());

		assertThat(push.statusCode()).isEqualTo(200);
		assertThat(push.body()).isEqualTo("{\"return_code\":1}");
		assertThat(health.statusCode()).isIn(200, 503);
		assertThat(health.body()).contains("\"status\"");
	}

	@Test
	void prometheusAnswersAConsoleUserOnly() throws Exception {
		HttpResponse<String> anonymous = this.http.get("/actuator/prometheus", Map.of("Accept", "text/plain"));
		HttpResponse<String> wrong = this.http.get("/actuator/prometheus",
				Map.of("Authorization", basic(ConsoleTestSupport.VIEWER, "wrong")));
		HttpResponse<String> viewer = this.http.get("/actuator/prometheus",
				Map.of("Authorization", basic(ConsoleTestSupport.VIEWER, ConsoleTestSupport.PASSWORD)));

		assertThat(anonymous.statusCode()).isEqualTo(401);
		assertThat(wrong.statusCode()).isEqualTo(401);
		assertThat(viewer.statusCode()).isEqualTo(200);
		assertThat(viewer.body()).contains("jvm_memory_used_bytes");
	}

	@Test
	void noPageShowsASecret() throws Exception {
		this.http.logIn(ConsoleTestSupport.OPERATOR, ConsoleTestSupport.PASSWORD);
		SandboxCredentials credentials = sandbox.settings().credentials();
		for (String page : List.of("/runs", "/months", "/statements", "/problems", "/prepayments")) {
			String html = this.http.get(page).body();
			assertThat(html).as(page)
				.contains("<html")
				.doesNotContain(credentials.erpAppKey(), credentials.qinceAppkey(), credentials.qinceOpenid(),
						credentials.qincePushSecret(), ConsoleTestSupport.PASSWORD);
		}
	}

	private long audited() {
		return this.jdbc.sql("SELECT COUNT(*) FROM console_audit").query(Long.class).single();
	}

	private static String basic(String user, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes());
	}

}
