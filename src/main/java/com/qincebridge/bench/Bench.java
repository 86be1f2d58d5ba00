package com.qincebridge.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.qincebridge.cli.Command;
import com.qincebridge.cli.ExitStatus;
import com.qincebridge.sandbox.DataSetSpec;
import com.qincebridge.sandbox.Fault;
import com.qincebridge.sandbox.Sandbox;
import com.qincebridge.sandbox.SandboxCredentials;
import com.qincebridge.sandbox.SandboxSettings;
import com.qincebridge.sandbox.Trigger;

import org.springframework.boot.SpringApplication;

/**
 * Launches {@code bench}: the sandbox simulators first, with the month's data set and the
 * latency on every answer, then the application pointed at them with the concurrency and
 * rate of the options, on the database of the settings ({@code spring.datasource.url}:
 * give it an empty MySQL/MariaDB database).
 */
public final class Bench {

	private Bench() {
	}

	/**
	 * How long the simulators took to start (generating the month) in the bench's process
	 * before the application: not the product's time, since measured from outside they
	 * run apart.
	 */
	record SimulatorsStart(Duration took) {
	}

	public static boolean isBench(String[] args) {
		return args.length > 0 && args[0].equals(Command.BENCH.commandName());
	}

	/**
	 * Run the benchmark.
	 * @param application the application class
	 * @return the exit status
	 */
	public static int run(Class<?> application, String[] args) {
		BenchOptions options;
		try {
			String unknown = BenchOptions.unknown(args);
			if (unknown != null) {
				throw new IllegalArgumentException("Unknown option --" + unknown);
			}
			options = BenchOptions.read(args);
		}
		catch (IllegalArgumentException ex) {
			System.err.println("bench: " + ex.getMessage());
			System.err.print(Command.BENCH.usage());
			return ExitStatus.USAGE;
		}
		DataSetSpec data = DataSetSpec.defaults()
			.withSeed(options.seed())
			.withSize(options.size())
			.withMonths(List.of(options.tradeMonth()))
			.withCompanies(options.companies())
			.withCustomersPerCompany(options.customers());
		long simulatorsStarting = System.nanoTime();
		try (Sandbox sandbox = Sandbox.start(SandboxSettings.defaults().withData(data))) {
			if (!options.latency().isZero()) {
				sandbox.erp().faults().inject("*", Fault.latency(options.latency()), Trigger.always());
				sandbox.qince().faults().inject("*", Fault.latency(options.latency()), Trigger.always());
			}
			SimulatorsStart simulatorsStart = new SimulatorsStart(
					Duration.ofNanos(System.nanoTime() - simulatorsStarting));
			SandboxCredentials credentials = sandbox.settings().credentials();
			List<String> benchArgs = new ArrayList<>(Arrays.asList(args));
			benchArgs.addAll(List.of("--bridge.erp.base-url=" + sandbox.erpBaseUrl(),
					"--bridge.erp.app-key=" + credentials.erpAppKey(),
					"--bridge.erp.company-codes=" + String.join(",", sandbox.erp().data().companyCodes()),
					"--bridge.erp.max-concurrency=" + options.erpConcurrency(),
					"--bridge.erp.requests-per-second=" + options.clientRate(),
					"--bridge.erp.page-size=" + options.pageSize(), "--bridge.qince.base-url=" + sandbox.qinceBaseUrl(),
					"--bridge.qince.openid=" + credentials.qinceOpenid(),
					"--bridge.qince.appkey=" + credentials.qinceAppkey(),
					"--bridge.qince.push-secret=" + credentials.qincePushSecret(),
					"--bridge.qince.max-concurrency=" + options.qinceConcurrency(),
					"--bridge.qince.requests-per-second=" + options.clientRate(),
					"--spring.datasource.hikari.maximum-pool-size="
							+ Math.max(20, options.erpConcurrency() + options.qinceConcurrency() + 4)));
			SpringApplication app = new SpringApplication(application);
			app.addInitializers((context) -> {
				context.getBeanFactory().registerSingleton("benchSandbox", sandbox);
				context.getBeanFactory().registerSingleton("benchOptions", options);
				context.getBeanFactory().registerSingleton("benchSimulatorsStart", simulatorsStart);
			});
			return SpringApplication.exit(app.run(benchArgs.toArray(String[]::new)));
		}
	}

}
