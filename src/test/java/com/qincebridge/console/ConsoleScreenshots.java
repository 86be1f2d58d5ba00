package com.qincebridge.console;

import java.nio.file.Files;
import java.nio.file.Path;

import org.openqa.selenium.By;

/**
 * Takes the README's screenshots of a running console, such as {@code demo --serve}'s:
 * the runs page, the page of the newest run, and the months page, into {@code docs/}. Not
 * a test: run it with the test class path and
 * {@code <console url> <user> <password> [directory]}.
 */
public final class ConsoleScreenshots {

	private ConsoleScreenshots() {
	}

	public static void main(String[] args) throws Exception {
		Path directory = Path.of((args.length > 3) ? args[3] : "docs");
		Files.createDirectories(directory);
		try (ConsoleBrowser browser = new ConsoleBrowser(args[0])) {
			browser.logIn(args[1], args[2]);
			browser.open("/runs?lang=zh_CN");
			Files.write(directory.resolve("console-runs.png"), browser.screenshot());
			String newest = browser.driver().findElement(By.cssSelector("#runs tbody tr td a")).getText();
			browser.open("/runs/" + newest);
			Files.write(directory.resolve("console-run.png"), browser.screenshot());
			browser.open("/months");
			Thread.sleep(1500);
			Files.write(directory.resolve("console-months.png"), browser.screenshot());
		}
	}

}
