package com.qincebridge.bench;

import java.lang.management.ManagementFactory;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import com.qincebridge.cli.CliCommand;
import com.qincebridge.cli.Command;
import com.qincebridge.cli.ExitStatus;
import com.qincebridge.sandbox.Sandbox;
import com.qincebridge.support.TradeMonthRun;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@code bench}: runs the month of the options once, against the sandbox that
 * {@link Bench} started, and prints the table of {@link BenchTable}. Refuses a database
 * that already holds statements of the month: a second run would find nothing to send.
 */
@Component
class BenchCommand implements CliCommand {

	private final ObjectProvider<Sandbox> sandbox;

	private final ObjectProvider<BenchOptions> options;

	private final ObjectProvider<Bench.SimulatorsStart> simulatorsStart;

	private final Map<String, Job> jobs;

	private final JobOperator jobOperator;

	private final JdbcClient jdbc;

	BenchCommand(ObjectProvider<Sandbox> sandbox, ObjectProvider<BenchOptions> options,
			ObjectProvider<Bench.SimulatorsStart> simulatorsStart, Map<String, Job> jobs, JobOperator jobOperator,
			JdbcClient jdbc) {
		this.sandbox = sandbox;
		this.options = options;
		this.simulatorsStart = simulatorsStart;
		this.jobs = jobs;
		this.jobOperator = jobOperator;
		this.jdbc = jdbc;
	}

	@Override
	public Command command() {
		return Command.BENCH;
	}

	@Override
	public int run(ApplicationArguments args) throws Exception {
		Sandbox sandbox = this.sandbox.getIfAvailable();
		BenchOptions options = this.options.getIfAvailable();
		Bench.SimulatorsStart simulators = this.simulatorsStart.getIfAvailable();
		if (sandbox == null || options == null || simulators == null) {
			System.err.println("The benchmark starts through java -jar qince-bridge.jar bench.");
			return ExitStatus.USAGE;
		}
		String kind = options.job().equals("expense") ? "EXPENSE" : "GOODS";
		long built = this.jdbc.sql("SELECT COUNT(*) FROM statement_ledger WHERE kind = ? AND trade_month = ?")
			.params(kind, options.tradeMonth().toString())
			.query(Long.class)
			.single();
		if (built > 0) {
			System.err.printf("bench: the database already holds %d statements of %s; give it an empty database.%n",
					built, options.tradeMonth());
			return ExitStatus.FAILED;
		}
		Job job = this.jobs.get(options.job() + "Job");
		StepMeter meter = new StepMeter();
		meter.attach(job);
		sandbox.erp().onCall(meter::erpCall);
		sandbox.qince().onCall(meter::qinceCall);
		double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
		long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
		// the product's time: from the JVM's start, less the simulators' own start
		long startNanos = System.nanoTime() - (System.currentTimeMillis() - jvmStart) * 1_000_000
				+ simulators.took().toNanos();
		AtomicLong peakHeap = new AtomicLong();
		ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "bench-heap");
			thread.setDaemon(true);
			return thread;
		});
		sampler.scheduleAtFixedRate(() -> peakHeap
			.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max), 0, 50,
				TimeUnit.MILLISECONDS);
		JobExecution execution;
		try {
			execution = this.jobOperator.start(job, TradeMonthRun.wholeMonth(options.tradeMonth()).toJobParameters(0));
		}
		finally {
			sampler.shutdownNow();
		}
		double total = (System.nanoTime() - startNanos) / 1e9;
		long lines = this.jdbc.sql("SELECT COUNT(*) FROM erp_line WHERE job_execution_id = ?")
			.param(execution.getId())
			.query(Long.class)
			.single();
		long statements = this.jdbc.sql("SELECT COUNT(*) FROM statement_ledger WHERE kind = ? AND trade_month = ?")
			.params(kind, options.tradeMonth().toString())
			.query(Long.class)
			.single();
		var steps = meter.steps();
		double startup = steps.isEmpty() ? total : (steps.get(0).startedNanos() - startNanos) / 1e9;
		BenchTable table = new BenchTable(options, simulators.took().toNanos() / 1e9, startup, steps, total, lines,
				statements, peakHeap.get(), Runtime.getRuntime().maxMemory(),
				new double[] { loadBefore, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage() },
				execution.getStatus().toString(),
				BenchTable.jvm(System.getProperty("java.vm.name"), System.getProperty("java.vm.version"),
						ManagementFactory.getRuntimeMXBean().getInputArguments()));
		System.out.print(table.render());
		return (execution.getStatus() == BatchStatus.COMPLETED) ? ExitStatus.OK : ExitStatus.FAILED;
	}

}
