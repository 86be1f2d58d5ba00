package com.qincebridge.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.qincebridge.QinceBridgeApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's first command: {@code demo} with no settings, on its own embedded database
 * and simulators, and {@code demo --serve}, whose console stays up and healthy.
 */
@ExtendWith(OutputCaptureExtension.class)
class DemoTests {

	@Test
	void demoClosesAMonthThroughBothStatementJobsWithNoSetupAndAccountsForEveryCent(CapturedOutput output)
			throws Exception {
		int exit = Demo.run(QinceBridgeApplication.class, new String[] { "demo" });

		assertThat(exit).isEqualTo(ExitStatus.OK);
		assertThat(output.getOut()).contains("Starting month-end-close 2025-09.")
			.contains("货款对账单 2025-09 (all statement customers) — run 2: COMPLETED")
			.contains("费用对账单 2025-09 (all statement customers) — run 3: COMPLETED")
			.containsPattern("Month 2025-09 closed at .* by execution 1: \\d+ 货款对账单")
			.contains("Imported an opening balance of 1,250.00")
			.containsPattern("Qince now holds \\d+ 货款对账单 and \\d+ 费用对账单; zhixdl received \\d+ write-backs");
		assertThat(output.getOut().split("every cent accounted for", -1)).hasSize(3);
	}

	@Test
	void demoServeKeepsTheConsoleUpAndReportsItselfHealthy(CapturedOutput output) throws Exception {
		Thread demo = new Thread(() -> {
			try {
				Demo.run(QinceBridgeApplication.class, new String[] { "demo", "--serve", "--server.port=0" });
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}, "demo-serve");
		demo.start();
		try {
			String port = consolePort(output, demo);

			HttpResponse<String> health = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health")).build(),
						HttpResponse.BodyHandlers.ofString());

			assertThat(health.statusCode()).isEqualTo(200);
			assertThat(health.body()).contains("\"status\":\"UP\"");
		}
		finally {
			// the demo waits for its context to close; an interrupt ends that wait
			demo.interrupt();
			demo.join(TimeUnit.MINUTES.toMillis(1));
		}
		assertThat(demo.isAlive()).as("the demo ended").isFalse();
	}

	/** The console's port, once the demo has printed its address (3 minutes at most). */
	private static String consolePort(CapturedOutput output, Thread demo) throws InterruptedException {
		Pattern console = Pattern.compile("The console is at http://localhost:(\\d+)/");
		long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
		while (System.nanoTime() < deadline && demo.isAlive()) {
			Matcher port = console.matcher(output.getOut());
			if (port.find()) {
				return port.group(1);
			}
			Thread.sleep(100);
		}
		throw new AssertionError("the demo printed no console address: " + output.getOut());
	}

}
