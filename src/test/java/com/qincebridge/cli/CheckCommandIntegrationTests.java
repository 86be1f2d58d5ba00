package com.qincebridge.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.qincebridge.support.BridgeIntegrationTest;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code check} against local stand-ins of both APIs: what it prints and its exit status.
 */
@BridgeIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class CheckCommandIntegrationTests {

	static final MockWebServer server = new MockWebServer();

	static volatile String qinceAnswer = "";

	@DynamicPropertySource
	static void apis(DynamicPropertyRegistry registry) throws IOException {
		server.setDispatcher(new Dispatcher() {
			@Override
			public MockResponse dispatch(RecordedRequest request) {
				String body = request.getTarget().startsWith("/api/ksfStatement/v1/getCustomers/") ? qinceAnswer
						: erpPage(request.getBody().utf8().contains("\"company_code\":\"101\"") ? 1234 : 7);
				return new MockResponse.Builder().body(body).build();
			}
		});
		server.start();
		String base = server.url("/").toString();
		registry.add("bridge.erp.base-url", () -> base);
		registry.add("bridge.erp.app-key", () -> "erp-key-secret");
		registry.add("bridge.erp.company-codes", () -> "101,102");
		registry.add("bridge.qince.base-url", () -> base);
		registry.add("bridge.qince.openid", () -> "openid-secret");
		registry.add("bridge.qince.appkey", () -> "appkey-secret");
	}

	@AfterAll
	static void stop() {
		server.close();
	}

	@Autowired
	CheckCommand check;

	@BeforeEach
	void customers() {
		qinceAnswer = """
				{"msg_id":"x","return_code":"0","return_msg":"","response_data":"[{\\"customer_code\\":\\"C1\\"},{\\"customer_code\\":\\"C2\\"}]"}""";
	}

	@Test
	void reportsEachPartAndPassesWhenEverythingAnswers(CapturedOutput output) throws Exception {
		int status = this.check.run(new DefaultApplicationArguments("check"));

		assertThat(status).isEqualTo(ExitStatus.OK);
		assertThat(output.getOut()).contains("Database: MySQL")
			.contains("schema version " + latestMigration() + "\n")
			.contains("JVM: Java " + Runtime.version() + ", " + Runtime.getRuntime().availableProcessors() + " core")
			.contains("Qince: getCustomers answered with 2 statement customers")
			.contains("company 101: 1234 receivable lines")
			.contains("company 102: 7 receivable lines")
			.contains("All checks passed.");
		assertThat(output.getAll()).doesNotContain("erp-key-secret", "openid-secret", "appkey-secret");
	}

	@Test
	void aRejectionFailsTheCheckWithTheReason(CapturedOutput output) throws Exception {
		qinceAnswer = "{\"msg_id\":\"x\",\"return_code\":1,\"return_msg\":\"签名错误\"}";

		int status = this.check.run(new DefaultApplicationArguments("check"));

		assertThat(status).isEqualTo(ExitStatus.FAILED);
		assertThat(output.getOut()).contains("Qince: FAILED").contains("签名错误").contains("company 102: 7");
	}

	/** The highest version among the migrations in {@code sql/}. */
	private static int latestMigration() throws IOException {
		Pattern version = Pattern.compile("V(\\d+)__.*\\.sql");
		try (Stream<Path> files = Files.walk(Path.of("sql"))) {
			return files.map((file) -> version.matcher(file.getFileName().toString()))
				.filter(Matcher::matches)
				.mapToInt((matcher) -> Integer.parseInt(matcher.group(1)))
				.max()
				.orElseThrow();
		}
	}

	static String erpPage(int totalItems) {
		return """
				{"success":true,"status":"00000","message":"接口请求成功!","data":{"items":[],"first":1,"before":1,
				"current":1,"last":1,"next":1,"total_pages":%d,"total_items":%d,"limit":1}}""".formatted(totalItems,
				totalItems);
	}

}
