package com.qincebridge.bench;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.LongAdder;

import org.jspecify.annotations.Nullable;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.SimpleJob;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.AbstractStep;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;

/**
 * Times the steps of a job and counts the calls each step made, as the simulators saw
 * them arrive: a call belongs to the step running when it arrived (steps run one after
 * the other).
 */
final class StepMeter implements StepExecutionListener {

	private final List<Measured> steps = new CopyOnWriteArrayList<>();

	private volatile @Nullable Measured current;

	/**
	 * Listen to every step of a job. The job must be a {@link SimpleJob} of
	 * {@link AbstractStep}s, as every job of the product is.
	 */
	void attach(Job job) {
		if (!(job instanceof SimpleJob simple)) {
			throw new IllegalStateException("bench measures simple jobs only: " + job.getName());
		}
		for (String name : simple.getStepNames()) {
			Step step = simple.getStep(name);
			if (!(step instanceof AbstractStep abstractStep)) {
				throw new IllegalStateException("bench cannot listen to step " + name);
			}
			abstractStep.registerStepExecutionListener(this);
		}
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		Measured step = new Measured(stepExecution.getStepName(), System.nanoTime());
		this.steps.add(step);
		this.current = step;
	}

	@Override
	public @Nullable ExitStatus afterStep(StepExecution stepExecution) {
		Measured step = this.current;
		if (step != null) {
			step.end(System.nanoTime(), stepExecution.getReadCount(), stepExecution.getWriteCount());
		}
		return null;
	}

	void erpCall(String endpoint, long nanoTime) {
		Measured step = this.current;
		if (step != null) {
			step.erpCalls.increment();
		}
	}

	void qinceCall(String endpoint, long nanoTime) {
		Measured step = this.current;
		if (step != null) {
			step.qinceCalls.increment();
		}
	}

	/** The steps in the order they ran. */
	List<Measured> steps() {
		return List.copyOf(this.steps);
	}

	/** One step's figures. */
	static final class Measured {

		private final String name;

		private final long started;

		private volatile long ended;

		private volatile long read;

		private volatile long written;

		final LongAdder erpCalls = new LongAdder();

		final LongAdder qinceCalls = new LongAdder();

		Measured(String name, long started) {
			this.name = name;
			this.started = started;
			this.ended = started;
		}

		void end(long ended, long read, long written) {
			this.ended = ended;
			this.read = read;
			this.written = written;
		}

		String name() {
			return this.name;
		}

		long startedNanos() {
			return this.started;
		}

		double seconds() {
			return (this.ended - this.started) / 1e9;
		}

		long read() {
			return this.read;
		}

		long written() {
			return this.written;
		}

	}

}
