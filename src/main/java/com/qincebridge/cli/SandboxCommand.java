package com.qincebridge.cli;

import com.qincebridge.sandbox.DataSetSpec;
import com.qincebridge.sandbox.ErpDataSet;
import com.qincebridge.sandbox.Fault;
import com.qincebridge.sandbox.Sandbox;
import com.qincebridge.sandbox.SandboxCredentials;
import com.qincebridge.sandbox.SandboxOptions;
import com.qincebridge.sandbox.SandboxSettings;
import com.qincebridge.sandbox.Trigger;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.ApplicationArguments;
import org.springframework.stereotype.Component;

/**
 * {@code sandbox}: starts the simulators (see {@link SandboxOptions} for the options),
 * prints the settings that point the product at them, and serves until the process is
 * stopped (Ctrl-C) or the running thread is interrupted; then the server is closed and
 * the command exits 0. The only Spring type in the package.
 */
@Component
class SandboxCommand implements CliCommand {

	private final PrintStream out;

	SandboxCommand() {
		this(System.out);
	}

	SandboxCommand(PrintStream out) {
		this.out = out;
	}

	@Override
	public Command command() {
		return Command.SANDBOX;
	}

	@Override
	public int run(ApplicationArguments args) {
		var unknown = SandboxOptions.unknown(args.getOptionNames());
		if (unknown.isPresent() || args.getNonOptionArgs().size() > 1) {
			System.err
				.println("sandbox: "
						+ unknown.map((name) -> "unknown option --" + name)
							.orElse("takes no argument: "
									+ args.getNonOptionArgs().get(args.getNonOptionArgs().size() - 1))
						+ " (sandbox --help lists the options)");
			return ExitStatus.USAGE;
		}
		SandboxSettings settings;
		Duration latency;
		Function<String, @Nullable String> option = (name) -> {
			List<String> values = args.getOptionValues(name);
			return (values != null && !values.isEmpty()) ? values.get(values.size() - 1) : null;
		};
		try {
			settings = SandboxOptions.read(option);
			latency = SandboxOptions.latency(option);
		}
		catch (IllegalArgumentException ex) {
			System.err.println("sandbox: " + ex.getMessage());
			return ExitStatus.USAGE;
		}
		CountDownLatch stopped = new CountDownLatch(1);
		Thread hook = new Thread(stopped::countDown, "sandbox-stop");
		Runtime.getRuntime().addShutdownHook(hook);
		try (Sandbox sandbox = Sandbox.start(settings)) {
			if (!latency.isZero()) {
				sandbox.erp().faults().inject("*", Fault.latency(latency), Trigger.always());
				sandbox.qince().faults().inject("*", Fault.latency(latency), Trigger.always());
			}
			describe(sandbox, latency);
			stopped.await();
		}
		catch (InterruptedException ex) {
			Runtime.getRuntime().removeShutdownHook(hook);
			Thread.currentThread().interrupt();
		}
		return ExitStatus.OK;
	}

	private void describe(Sandbox sandbox, Duration latency) {
		DataSetSpec data = sandbox.settings().data();
		SandboxCredentials credentials = sandbox.settings().credentials();
		ErpDataSet dataSet = sandbox.erp().data();
		String months = data.months().stream().map(Object::toString).collect(Collectors.joining(", "));
		this.out.printf("qince-bridge sandbox: zhixdl and Qince simulators on %s%n", sandbox.erpBaseUrl());
		this.out.printf("  data: seed %d, about %d lines over %s; companies %s; %d customers, %d known to Qince%n",
				data.seed(), data.size(), months, String.join(",", dataSet.companyCodes()), dataSet.customers().size(),
				dataSet.knownCustomers().size());
		if (!latency.isZero()) {
			this.out.printf("  every answer of both simulators comes %d ms late%n", latency.toMillis());
		}
		this.out.println();
		this.out.println("Settings for serve, check or your own tools (sandbox credentials, not secrets):");
		this.out.printf("  --bridge.erp.base-url=%s%n", sandbox.erpBaseUrl());
		this.out.printf("  --bridge.erp.app-key=%s%n", credentials.erpAppKey());
		this.out.printf("  --bridge.erp.company-codes=%s%n", String.join(",", dataSet.companyCodes()));
		this.out.printf("  --bridge.qince.base-url=%s%n", sandbox.qinceBaseUrl());
		this.out.printf("  --bridge.qince.openid=%s%n", credentials.qinceOpenid());
		this.out.printf("  --bridge.qince.appkey=%s%n", credentials.qinceAppkey());
		this.out.printf("  --bridge.qince.push-secret=%s%n", credentials.qincePushSecret());
		this.out.println();
		this.out.printf("What the simulators recorded: %s/sandbox%n", sandbox.erpBaseUrl());
		this.out.println("Press Ctrl-C to stop.");
		this.out.flush();
	}

}
