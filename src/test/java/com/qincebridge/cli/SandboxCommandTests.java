package com.qincebridge.cli;

import com.qincebridge.sandbox.DataSetSpec;
import com.qincebridge.sandbox.SandboxCredentials;
import com.qincebridge.sandbox.SandboxOptions;
import com.qincebridge.sandbox.SandboxSettings;
import com.qincebridge.sandbox.SandboxTestSupport;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.qincebridge.erp.ErpClient;
import com.qincebridge.erp.ErpQuery;
import com.qincebridge.cli.ExitStatus;
import org.junit.jupiter.api.Test;

import org.springframework.boot.DefaultApplicationArguments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SandboxCommandTests {

	@Test
	void optionsBecomeSettings() {
		Map<String, String> options = Map.of("port", "0", "seed", "42", "size", "5000", "months", "2025-11, 2025-12",
				"companies", "3", "customers", "5", "known-share", "1", "malformed-rate", "0.01", "erp-app-key", "K1",
				"qince-push-secret", "S1");
		SandboxSettings settings = SandboxOptions.read(options::get);
		assertThat(settings.data()).isEqualTo(
				new DataSetSpec(42, 5000, List.of(YearMonth.of(2025, 11), YearMonth.of(2025, 12)), 3, 5, 1, 0.01));
		assertThat(settings.credentials().erpAppKey()).isEqualTo("K1");
		assertThat(settings.credentials().qincePushSecret()).isEqualTo("S1");
		assertThat(settings.credentials().qinceAppkey()).isEqualTo(SandboxCredentials.defaults().qinceAppkey());
		assertThatIllegalArgumentException().isThrownBy(() -> SandboxOptions.read(Map.of("companies", "100")::get))
			.withMessageContaining("companies");
		assertThatIllegalArgumentException().isThrownBy(() -> SandboxOptions.read(Map.of("months", "09/2025")::get))
			.withMessageContaining("--months");
	}

	@Test
	void anInvalidOptionIsAUsageError() {
		SandboxCommand command = new SandboxCommand(new PrintStream(new ByteArrayOutputStream(), true));
		assertThat(command.run(new DefaultApplicationArguments("sandbox", "--size=many"))).isEqualTo(ExitStatus.USAGE);
	}

	@Test
	void theCommandPrintsTheSettingsAndServesUntilStopped() throws Exception {
		ByteArrayOutputStream printed = new ByteArrayOutputStream();
		SandboxCommand command = new SandboxCommand(new PrintStream(printed, true, StandardCharsets.UTF_8));
		ExecutorService thread = Executors.newSingleThreadExecutor();
		try {
			Future<Integer> running = thread
				.submit(() -> command.run(new DefaultApplicationArguments("sandbox", "--size=500", "--seed=7")));
			String output = CompletableFuture.supplyAsync(() -> waitFor(printed, "Press Ctrl-C"))
				.get(10, TimeUnit.SECONDS);
			Matcher url = Pattern.compile("--bridge.erp.base-url=(\\S+)").matcher(output);
			assertThat(url.find()).isTrue();
			assertThat(output).contains("--bridge.erp.app-key=" + SandboxCredentials.defaults().erpAppKey())
				.contains("--bridge.erp.company-codes=101,102")
				.contains("seed 7");
			try (ErpClient client = new ErpClient(url.group(1), SandboxCredentials.defaults().erpAppKey(),
					SandboxTestSupport.limits(1))) {
				assertThat(client.queryReceivables(ErpQuery.of("101")).totalItems()).isPositive();
			}
			assertThat(SandboxTestSupport.get(url.group(1) + "/sandbox").status()).isEqualTo(200);
			thread.shutdownNow();
			assertThat(running.get(10, TimeUnit.SECONDS)).isEqualTo(ExitStatus.OK);
		}
		finally {
			thread.shutdownNow();
		}
	}

	private static String waitFor(ByteArrayOutputStream printed, String text) {
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (System.nanoTime() < deadline) {
			String output = printed.toString(StandardCharsets.UTF_8);
			if (output.contains(text)) {
				return output;
			}
			Thread.onSpinWait();
		}
		throw new IllegalStateException("not printed: " + text);
	}

}
