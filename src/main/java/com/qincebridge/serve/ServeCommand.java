package com.qincebridge.serve;

import com.qincebridge.cli.Cli;
import com.qincebridge.cli.CliCommand;
import com.qincebridge.cli.CliOptions;
import com.qincebridge.cli.Command;
import com.qincebridge.cli.ExitStatus;

import java.util.Set;
import java.util.concurrent.CountDownLatch;

import com.qincebridge.push.PushProcessor;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.stereotype.Component;

/**
 * {@code serve}: the schedule, the push receiver and the ops endpoints, until the process
 * is asked to stop (SIGTERM, Ctrl-C). The web server is started by the application
 * ({@code serve} is the only command that has one, see {@link Cli#applicationArguments}).
 */
@Component
class ServeCommand implements CliCommand, ApplicationListener<ContextClosedEvent> {

	private final CountDownLatch closed = new CountDownLatch(1);

	private final ScheduledRuns schedule;

	private final PushProcessor pushes;

	private final ApplicationContext context;

	ServeCommand(ScheduledRuns schedule, PushProcessor pushes, ApplicationContext context) {
		this.schedule = schedule;
		this.pushes = pushes;
		this.context = context;
	}

	@Override
	public Command command() {
		return Command.SERVE;
	}

	@Override
	public int run(ApplicationArguments args) throws Exception {
		if (args.getNonOptionArgs().size() != 1 || CliOptions.unknown(args, Set.of()) != null) {
			System.err.print(Command.SERVE.usage());
			return ExitStatus.USAGE;
		}
		ScheduleSettings settings = this.schedule.start();
		// the application is ready only once this runner returns, which it does not until
		// stopped: say so now, for the readiness probe and /actuator/health
		AvailabilityChangeEvent.publish(this.context, ReadinessState.ACCEPTING_TRAFFIC);
		int resumed = this.pushes.resumeReceived();
		String port = (this.context instanceof WebServerApplicationContext web)
				? Integer.toString(web.getWebServer().getPort()) : "none (no web server)";
		System.out.printf(
				"Serving on port %s: POST /qince/push, GET /actuator/health, GET /actuator/prometheus.%n"
						+ "Schedule (%s): nightly %s, month-end close %s, failed runs resumed up to %d times.%n"
						+ "%d stored pushes queued again. Stop with SIGTERM or Ctrl-C.%n",
				port, settings.zone(), settings.nightly(), settings.monthEndClose(), settings.maxResumes(), resumed);
		try {
			this.closed.await();
		}
		finally {
			this.schedule.stop();
		}
		return ExitStatus.OK;
	}

	@Override
	public void onApplicationEvent(ContextClosedEvent event) {
		this.schedule.stop();
		this.closed.countDown();
	}

}
