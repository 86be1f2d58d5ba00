package com.qincebridge.console;

import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import com.qincebridge.cli.OperatorRuns;
import com.qincebridge.cli.OpsTestSupport;
import com.qincebridge.support.StartedBy;
import com.qincebridge.sandbox.DataSetSpec;
import com.qincebridge.sandbox.Fault;
import com.qincebridge.sandbox.Sandbox;
import com.qincebridge.sandbox.SandboxSettings;
import com.qincebridge.sandbox.SavedStatement;
import com.qincebridge.sandbox.StatementKind;
import com.qincebridge.sandbox.Trigger;
import com.qincebridge.support.TradeMonthRun;
import com.qincebridge.support.BridgeIntegrationTest;
import com.qincebridge.support.SandboxConnection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console in a real browser (headless Chromium): a VIEWER sees a failed run with its
 * reason and cannot act; an OPERATOR resumes it and watches it complete without
 * reloading; a statement's page shows the trades Qince received.
 */
@BridgeIntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.main.web-application-type=servlet", ConsoleTestSupport.USERS })
class ConsoleBrowserIntegrationTests {

	static final YearMonth MONTH = YearMonth.of(2025, 9);

	@SandboxConnection
	static final Sandbox sandbox = Sandbox.start(SandboxSettings.defaults()
		.withData(DataSetSpec.defaults()
			.withSize(150)
			.withMonths(List.of(MONTH))
			.withCompanies(1)
			.withCustomersPerCompany(3)
			.withKnownCustomerShare(1.0)));

	static ConsoleBrowser browser;

	@AfterAll
	static void stop() {
		if (browser != null) {
			browser.close();
		}
		sandbox.close();
	}

	@LocalServerPort
	int port;

	@Autowired
	OperatorRuns runs;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void clean() throws Exception {
		sandbox.reset();
		OpsTestSupport.clean(this.jdbc);
		this.jdbc.sql("DELETE FROM console_audit").update();
		if (browser == null) {
			browser = new ConsoleBrowser("http://localhost:" + this.port);
		}
	}

	@Test
	void aViewerSeesAFailedRunWithItsReasonAndCannotAct() throws Exception {
		long failed = failedStatementRun();

		browser.logIn(ConsoleTestSupport.VIEWER, ConsoleTestSupport.PASSWORD);
		browser.open("/runs?lang=en");
		WebElement row = browser.driver().findElement(By.id("run-" + failed));
		assertThat(row.getText()).contains("statement", "2025-09", "FAILED", "cli");
		assertThat(row.findElement(By.className("reason")).getText()).contains("HTTP 500");
		assertThat(browser.driver().findElements(By.id("start-form"))).isEmpty();

		row.findElement(By.linkText(Long.toString(failed))).click();
		assertThat(browser.driver().findElement(By.id("status")).getText()).isEqualTo("FAILED");
		assertThat(browser.driver().findElement(By.id("reason")).getText()).contains("HTTP 500");
		assertThat(browser.driver().findElement(By.id("role")).getText()).isEqualTo("VIEWER");
		assertThat(browser.driver().findElements(By.id("resume"))).isEmpty();
		assertThat(browser.driver().findElements(By.tagName("form")))
			.allSatisfy((form) -> assertThat(form.getAttribute("action")).endsWith("/logout"));
	}

	@Test
	void anOperatorResumesAFailedRunAndWatchesItComplete() throws Exception {
		long failed = failedStatementRun();
		// slow Qince down, so that the resumed run is seen running
		sandbox.qince().faults().inject("saveStatement", Fault.latency(Duration.ofMillis(1000)), Trigger.always());
		sandbox.qince().faults().inject("queryStatement", Fault.latency(Duration.ofMillis(1500)), Trigger.always());

		browser.logIn(ConsoleTestSupport.OPERATOR, ConsoleTestSupport.PASSWORD);
		browser.open("/runs/" + failed + "?lang=en");
		browser.driver().findElement(By.id("resume")).click();
		browser.driver().switchTo().alert().accept();
		browser.waitUntil(Duration.ofSeconds(30), () -> !browser.driver().getCurrentUrl().endsWith("/runs/" + failed));

		String resumedUrl = browser.driver().getCurrentUrl();
		long resumed = Long.parseLong(resumedUrl.replaceAll(".*/runs/(\\d+).*", "$1"));
		assertThat(resumed).isGreaterThan(failed);
		assertThat(browser.driver().findElement(By.id("started-by")).getText()).isEqualTo("console:operator");
		List<String> seen = new ArrayList<>();
		seen.add(status());
		((JavascriptExecutor) browser.driver()).executeScript("window.notReloaded = true;");
		browser.waitUntil(Duration.ofSeconds(120), () -> {
			String status = status();
			if (!seen.get(seen.size() - 1).equals(status)) {
				seen.add(status);
			}
			return status.equals("COMPLETED");
		});

		assertThat(seen).first().isEqualTo("STARTED");
		assertThat(seen).last().isEqualTo("COMPLETED");
		assertThat(((JavascriptExecutor) browser.driver()).executeScript("return window.notReloaded === true;"))
			.as("the progress was refreshed in place, not by reloading the page")
			.isEqualTo(true);
		assertThat(browser.driver().findElement(By.id("steps")).getText()).contains("statementWriteBackStep");
		assertThat(
				this.jdbc.sql("SELECT COUNT(*) FROM console_audit WHERE user_name = 'operator' AND action = 'RESUME'")
					.query(Long.class)
					.single())
			.isEqualTo(1);
		assertThat(sandbox.qince().statements(StatementKind.GOODS)).hasSize(3);
	}

	@Test
	void aStatementsPageShowsTheTradesQinceReceived() throws Exception {
		assertThat(this.runs.run(StartedBy.CLI, "statement", TradeMonthRun.wholeMonth(MONTH), false).succeeded())
			.isTrue();
		SavedStatement saved = sandbox.qince().statements(StatementKind.GOODS).get(0);

		browser.logIn(ConsoleTestSupport.VIEWER, ConsoleTestSupport.PASSWORD);
		browser.open("/statements?month=2025-09&lang=en");
		browser.driver().findElement(By.linkText(saved.number())).click();

		List<String> sentVouchers = new ArrayList<>();
		saved.content().path("trade").forEach((trade) -> sentVouchers.add(trade.path("voucher_no").asString()));
		List<String> shownVouchers = browser.driver()
			.findElements(By.cssSelector("#trades tbody tr td:first-child"))
			.stream()
			.map(WebElement::getText)
			.toList();
		assertThat(sentVouchers).isNotEmpty();
		assertThat(shownVouchers).isEqualTo(sentVouchers);
		assertThat(browser.driver().findElement(By.id("customer")).getText()).isEqualTo(saved.customerCode());
		assertThat(browser.driver().findElement(By.id("qince-id")).getText()).isEqualTo(saved.statementId());
		assertThat(browser.driver().findElement(By.id("end-balance")).getText().replace(",", ""))
			.isEqualTo(saved.content().path("zqmye").asString());
		assertThat(browser.driver().findElements(By.cssSelector("#writebacks tbody tr"))).isNotEmpty();
	}

	/**
	 * The run's status as the page shows it now (htmx may be swapping it this moment).
	 */
	private String status() {
		for (int attempt = 0;; attempt++) {
			try {
				return browser.driver().findElement(By.id("status")).getText();
			}
			catch (org.openqa.selenium.StaleElementReferenceException | org.openqa.selenium.NoSuchElementException ex) {
				if (attempt == 5) {
					throw ex;
				}
			}
		}
	}

	/**
	 * A statement run of the month that failed reading receipts (zhixdl answered 500).
	 */
	private long failedStatementRun() throws Exception {
		sandbox.erp().faults().inject("FB_RECEIVE/query", Fault.httpStatus(500), Trigger.always());
		OperatorRuns.Outcome outcome = this.runs.run(StartedBy.CLI, "statement", TradeMonthRun.wholeMonth(MONTH),
				false);
		sandbox.erp().faults().clear();
		assertThat(outcome.succeeded()).as(outcome.text()).isFalse();
		return this.jdbc.sql("SELECT MAX(JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION WHERE STATUS = 'FAILED'")
			.query(Long.class)
			.single();
	}

}
