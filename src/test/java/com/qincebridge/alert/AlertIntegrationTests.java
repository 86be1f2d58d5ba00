package com.qincebridge.alert;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.qincebridge.QinceBridgeApplication;
import com.qincebridge.support.TestDatabase;
import com.qincebridge.cli.OpsTestSupport;
import com.qincebridge.sandbox.DataSetSpec;
import com.qincebridge.sandbox.Fault;
import com.qincebridge.sandbox.Sandbox;
import com.qincebridge.sandbox.SandboxCredentials;
import com.qincebridge.sandbox.SandboxSettings;
import com.qincebridge.sandbox.Trigger;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Alerts fired by command-line runs, as {@code java -jar qince-bridge.jar run …} makes
 * them, to local HTTP receivers standing in for a WeCom robot, a signed DingTalk robot
 * and a generic webhook: the message names the job, month, counts and reason with a link
 * to the console, the DingTalk signature verifies, a failing webhook is retried, and no
 * webhook failure changes the run's exit status.
 */
class AlertIntegrationTests {

	static final String DINGTALK_SECRET = "SECdingtalk-test-secret-0123456789";

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final Sandbox sandbox = Sandbox.start(SandboxSettings.defaults()
		.withData(DataSetSpec.defaults()
			.withSize(120)
			.withMonths(List.of(YearMonth.of(2025, 9)))
			.withCompanies(1)
			.withCustomersPerCompany(3)
			.withKnownCustomerShare(1.0)));

	static JdbcClient jdbc;

	MockWebServer wecom;

	MockWebServer dingtalk;

	MockWebServer webhook;

	@BeforeAll
	static void database() {
		TestDatabase.Coordinates database = TestDatabase.coordinates();
		jdbc = JdbcClient.create(DataSourceBuilder.create()
			.url(database.url())
			.username(database.username())
			.password(database.password())
			.build());
	}

	@AfterAll
	static void stop() {
		sandbox.close();
	}

	@BeforeEach
	void receivers() throws Exception {
		sandbox.reset();
		this.wecom = new MockWebServer();
		this.dingtalk = new MockWebServer();
		this.webhook = new MockWebServer();
		this.wecom.start();
		this.dingtalk.start();
		this.webhook.start();
	}

	@AfterEach
	void closeReceivers() {
		this.wecom.close();
		this.dingtalk.close();
		this.webhook.close();
	}

	@Test
	void aFailedCommandLineRunAlertsEveryWebhookWithJobMonthReasonAndLink() throws Exception {
		sandbox.erp().faults().inject("FB_RECEIVE/query", Fault.httpStatus(500), Trigger.always());
		// the WeCom robot is down once: the alert is sent again
		this.wecom.enqueue(new MockResponse.Builder().code(503).body("busy").build());
		this.wecom.enqueue(ok());
		this.dingtalk.enqueue(ok());
		this.webhook.enqueue(new MockResponse.Builder().code(204).build());

		long before = System.currentTimeMillis();
		int exit = runStatementCommand();
		long execution = lastExecution();

		assertThat(exit).isEqualTo(1);
		assertThat(this.wecom.getRequestCount()).isEqualTo(2);
		this.wecom.takeRequest();
		String wecomText = json(this.wecom.takeRequest()).path("markdown").path("content").asString();
		RecordedRequest dingtalkRequest = this.dingtalk.takeRequest(5, TimeUnit.SECONDS);
		JsonNode dingtalkBody = json(dingtalkRequest);
		JsonNode generic = json(this.webhook.takeRequest(5, TimeUnit.SECONDS));

		String link = "https://console.example.com/bridge/runs/" + execution;
		for (String text : List.of(wecomText, dingtalkBody.path("markdown").path("text").asString(),
				generic.path("text").asString())) {
			assertThat(text).contains("运行失败", "statement", "2025-09", "#" + execution, "HTTP 500", link);
			assertNoSecret(text);
		}
		assertThat(dingtalkBody.path("msgtype").asString()).isEqualTo("markdown");
		assertThat(dingtalkBody.path("markdown").path("title").asString())
			.isEqualTo("【勤策桥】运行失败 statement 2025-09 #" + execution);
		assertThat(generic.path("event").asString()).isEqualTo("RUN_FAILED");
		assertThat(generic.path("job").asString()).isEqualTo("statement");
		assertThat(generic.path("tradeMonth").asString()).isEqualTo("2025-09");
		assertThat(generic.path("executionId").asLong()).isEqualTo(execution);
		assertThat(generic.path("reason").asString()).contains("HTTP 500");
		assertThat(generic.path("link").asString()).isEqualTo(link);

		// DingTalk's signing: sign = urlEncode(base64(HmacSHA256(secret, timestamp + "\n"
		// + secret)))
		String target = dingtalkRequest.getTarget();
		assertThat(target).startsWith("/robot/send?access_token=token-1&timestamp=");
		long timestamp = Long.parseLong(dingtalkRequest.getUrl().queryParameter("timestamp"));
		assertThat(timestamp).isBetween(before, System.currentTimeMillis());
		String rawSign = target.substring(target.indexOf("&sign=") + "&sign=".length());
		assertThat(URLDecoder.decode(rawSign, StandardCharsets.UTF_8)).isEqualTo(expectedSign(timestamp));
		assertThat(rawSign).doesNotContain("+", "/", "=");
	}

	@Test
	void aCompletedRunWithARejectedStatementAlertsAndAWebhookThatKeepsFailingNeverFailsTheRun() throws Exception {
		sandbox.qince().faults().inject("saveStatement", Fault.businessError("100608", "对账单号为空"), Trigger.onCall(1));
		for (int i = 0; i < 3; i++) {
			this.webhook.enqueue(new MockResponse.Builder().code(500).body("down").build());
		}
		this.wecom.enqueue(ok());
		this.dingtalk
			.enqueue(new MockResponse.Builder().body("{\"errcode\":310000,\"errmsg\":\"sign not match\"}").build());
		this.dingtalk
			.enqueue(new MockResponse.Builder().body("{\"errcode\":310000,\"errmsg\":\"sign not match\"}").build());
		this.dingtalk
			.enqueue(new MockResponse.Builder().body("{\"errcode\":310000,\"errmsg\":\"sign not match\"}").build());

		int exit = runStatementCommand();

		assertThat(exit).isZero();
		assertThat(this.webhook.getRequestCount()).as("tried 3 times, then given up").isEqualTo(3);
		assertThat(this.dingtalk.getRequestCount()).as("errcode 310000 is a refusal, tried again").isEqualTo(3);
		String text = json(this.wecom.takeRequest()).path("markdown").path("content").asString();
		assertThat(text).contains("运行完成，有需要处理的项目", "statement 2025-09", "rejected: 1", "conflict: 0", "invalid: 0",
				"refused write-backs: 0");
		assertNoSecret(text);
	}

	private int runStatementCommand() {
		OpsTestSupport.clean(jdbc);
		TestDatabase.Coordinates database = TestDatabase.coordinates();
		SandboxCredentials credentials = sandbox.settings().credentials();
		List<String> args = new ArrayList<>(List.of("run", "statement", "--trade-month=2025-09",
				"--spring.datasource.url=" + database.url(), "--bridge.erp.base-url=" + sandbox.erpBaseUrl(),
				"--bridge.erp.app-key=" + credentials.erpAppKey(), "--bridge.erp.company-codes=101",
				"--bridge.erp.max-attempts=1", "--bridge.erp.requests-per-second=1000",
				"--bridge.qince.base-url=" + sandbox.qinceBaseUrl(),
				"--bridge.qince.openid=" + credentials.qinceOpenid(),
				"--bridge.qince.appkey=" + credentials.qinceAppkey(), "--bridge.qince.max-attempts=1",
				"--bridge.qince.requests-per-second=1000",
				"--bridge.alerts.wecom-url=" + this.wecom.url("/cgi-bin/webhook/send?key=k1"),
				"--bridge.alerts.dingtalk-url=" + this.dingtalk.url("/robot/send?access_token=token-1"),
				"--bridge.alerts.dingtalk-secret=" + DINGTALK_SECRET,
				"--bridge.alerts.webhook-url=" + this.webhook.url("/hooks/bridge"), "--bridge.alerts.backoff=10ms",
				"--bridge.console.public-url=https://console.example.com/bridge/"));
		if (database.username() != null) {
			args.add("--spring.datasource.username=" + database.username());
		}
		if (database.password() != null) {
			args.add("--spring.datasource.password=" + database.password());
		}
		ConfigurableApplicationContext context = SpringApplication.run(QinceBridgeApplication.class,
				args.toArray(String[]::new));
		return SpringApplication.exit(context);
	}

	private static long lastExecution() {
		return jdbc.sql("SELECT MAX(JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION").query(Long.class).single();
	}

	private static void assertNoSecret(String text) {
		SandboxCredentials credentials = sandbox.settings().credentials();
		assertThat(text).doesNotContain(credentials.erpAppKey(), credentials.qinceAppkey(), credentials.qinceOpenid(),
				DINGTALK_SECRET);
	}

	private static String expectedSign(long timestamp) throws Exception {
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(DINGTALK_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
		return Base64.getEncoder()
			.encodeToString(mac.doFinal((timestamp + "\n" + DINGTALK_SECRET).getBytes(StandardCharsets.UTF_8)));
	}

	private static JsonNode json(RecordedRequest request) {
		return JSON.readTree(request.getBody().utf8());
	}

	private static MockResponse ok() {
		return new MockResponse.Builder().body("{\"errcode\":0,\"errmsg\":\"ok\"}").build();
	}

}
