package com.qincebridge.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.qincebridge.sandbox.Sandbox;
import com.qincebridge.sandbox.SandboxCredentials;

import org.springframework.boot.SpringApplication;

/**
 * Launches {@code demo}: the sandbox simulators first, then the application on a fresh
 * embedded database pointed at them, whatever the settings say, so that the demo needs no
 * setup and never touches a real ERP, Qince tenant or database.
 */
public final class Demo {

	private Demo() {
	}

	public static boolean isDemo(String[] args) {
		return args.length > 0 && args[0].equals(Command.DEMO.commandName());
	}

	/**
	 * Run the demo.
	 * @param application the application class
	 * @return the exit status
	 */
	public static int run(Class<?> application, String[] args) throws IOException {
		Path dataDir = Files.createTempDirectory("qince-bridge-demo");
		try (Sandbox sandbox = Sandbox.start()) {
			SandboxCredentials credentials = sandbox.settings().credentials();
			List<String> demoArgs = new ArrayList<>(Arrays.asList(args));
			demoArgs.addAll(List.of(
					"--spring.datasource.url=jdbc:h2:file:" + dataDir.resolve("demo")
							+ ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
					"--spring.datasource.username=", "--spring.datasource.password=",
					"--bridge.erp.base-url=" + sandbox.erpBaseUrl(), "--bridge.erp.app-key=" + credentials.erpAppKey(),
					"--bridge.erp.company-codes=" + String.join(",", sandbox.erp().data().companyCodes()),
					"--bridge.erp.requests-per-second=500", "--bridge.qince.base-url=" + sandbox.qinceBaseUrl(),
					"--bridge.qince.openid=" + credentials.qinceOpenid(),
					"--bridge.qince.appkey=" + credentials.qinceAppkey(),
					"--bridge.qince.push-secret=" + credentials.qincePushSecret(),
					"--bridge.qince.requests-per-second=500", "--bridge.runs.progress-every=2s"));
			SpringApplication app = new SpringApplication(application);
			app.addInitializers((context) -> context.getBeanFactory().registerSingleton("demoSandbox", sandbox));
			System.out.println("qince-bridge demo: simulators of zhixdl and Qince on " + sandbox.erpBaseUrl()
					+ ", an embedded database in " + dataDir);
			return SpringApplication.exit(app.run(demoArgs.toArray(String[]::new)));
		}
	}

}
