package com.qincebridge.cli;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import com.qincebridge.sandbox.ErpCustomer;
import com.qincebridge.sandbox.Sandbox;
import com.qincebridge.sandbox.StatementKind;
import com.qincebridge.support.TradeMonthRun;
import com.qincebridge.goods.OpeningBalanceFile;
import com.qincebridge.goods.OpeningBalances;

import java.util.concurrent.CountDownLatch;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.Environment;
import org.springframework.boot.ApplicationArguments;
import org.springframework.stereotype.Component;

/**
 * {@code demo}: a month-end close of a month of the sample ERP data (both statement jobs,
 * then the month closed), against the sandbox that {@link Demo} started, with the reports
 * printed.
 */
@Component
class DemoCommand implements CliCommand, ApplicationListener<ContextClosedEvent> {

	private final CountDownLatch stopped = new CountDownLatch(1);

	private static final YearMonth MONTH = YearMonth.of(2025, 9);

	private final ObjectProvider<Sandbox> sandbox;

	private final JobRuns runs;

	private final OpeningBalances balances;

	private final Environment environment;

	private final ApplicationEventPublisher events;

	DemoCommand(ObjectProvider<Sandbox> sandbox, JobRuns runs, OpeningBalances balances, Environment environment,
			ApplicationEventPublisher events) {
		this.environment = environment;
		this.events = events;
		this.sandbox = sandbox;
		this.runs = runs;
		this.balances = balances;
	}

	@Override
	public Command command() {
		return Command.DEMO;
	}

	@Override
	public int run(ApplicationArguments args) throws Exception {
		Sandbox sandbox = this.sandbox.getIfAvailable();
		if (sandbox == null) {
			System.err.println("The demo starts through java -jar qince-bridge.jar demo.");
			return ExitStatus.USAGE;
		}
		ErpCustomer first = sandbox.erp().data().knownCustomers().get(0);
		this.balances.save(List
			.of(new OpeningBalanceFile.Balance(first.companyCode(), first.code(), MONTH, new BigDecimal("1250.00"), 0)),
				"demo");
		System.out.printf("%nImported an opening balance of 1,250.00 for %s %s (%s).%n%n", first.companyCode(),
				first.code(), first.name());
		int closed = this.runs.run(this.runs.job("month-end-close").orElseThrow(), TradeMonthRun.wholeMonth(MONTH),
				false, System.out, System.err);
		System.out.printf("%nQince now holds %d 货款对账单 and %d 费用对账单; zhixdl received %d write-backs.%n",
				sandbox.qince().statements(StatementKind.GOODS).size(),
				sandbox.qince().statements(StatementKind.EXPENSE).size(), sandbox.erp().writeBacks().size());
		if (args.containsOption("serve")) {
			// the application is ready once this runner returns, which it does not until
			// stopped: say so now, as serve does, for /actuator/health
			AvailabilityChangeEvent.publish(this.events, this, ReadinessState.ACCEPTING_TRAFFIC);
			System.out.printf("%nThe console is at http://localhost:%s/ (user demo, the password printed at start). "
					+ "Stop with Ctrl-C.%n", this.environment.getProperty("local.server.port", "8080"));
			this.stopped.await();
		}
		return closed;
	}

	@Override
	public void onApplicationEvent(ContextClosedEvent event) {
		this.stopped.countDown();
	}

}
