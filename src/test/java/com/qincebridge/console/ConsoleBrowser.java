package com.qincebridge.console;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium through Selenium (Debian's {@code chromium} and
 * {@code chromium-driver}), with a fresh profile, logging in as a console user.
 */
final class ConsoleBrowser implements AutoCloseable {

	static final String CHROMIUM = "/usr/bin/chromium";

	static final String DRIVER = "/usr/bin/chromedriver";

	private final ChromeDriver driver;

	private final Path profile;

	private final String base;

	ConsoleBrowser(String base) throws java.io.IOException {
		if (!Files.isExecutable(Path.of(CHROMIUM)) || !Files.isExecutable(Path.of(DRIVER))) {
			throw new IllegalStateException("The browser tests need Debian's chromium and chromium-driver: "
					+ "apt-get install -y chromium chromium-driver (.ci/run installs them)");
		}
		this.base = base;
		this.profile = Files.createTempDirectory("console-chromium");
		ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM)
			.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
					"--disable-background-networking", "--disable-component-update", "--disable-sync",
					"--disable-dev-shm-usage", "--window-size=1400,1000", "--user-data-dir=" + this.profile);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(Path.of(DRIVER).toFile())
			.usingAnyFreePort()
			.build();
		this.driver = new ChromeDriver(service, options);
		this.driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
	}

	WebDriver driver() {
		return this.driver;
	}

	void open(String path) {
		this.driver.get(this.base + path);
	}

	/** Log in afresh (after logging out whoever was logged in). */
	void logIn(String user, String password) {
		this.driver.manage().deleteAllCookies();
		open("/login");
		this.driver.findElement(By.id("username")).sendKeys(user);
		this.driver.findElement(By.id("password")).sendKeys(password);
		this.driver.findElement(By.id("login")).click();
		waitUntil(Duration.ofSeconds(20), () -> !this.driver.getCurrentUrl().contains("/login"));
	}

	void waitUntil(Duration timeout, java.util.function.BooleanSupplier condition) {
		new WebDriverWait(this.driver, timeout).until((driver) -> condition.getAsBoolean());
	}

	byte[] screenshot() {
		return this.driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
	}

	@Override
	public void close() {
		this.driver.quit();
		org.springframework.util.FileSystemUtils.deleteRecursively(this.profile.toFile());
	}

}
