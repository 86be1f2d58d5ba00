package com.qincebridge.run;

import org.jspecify.annotations.Nullable;

/**
 * A plan and, unless another process runs the job, this process's claim on it: run the
 * plan while it is open, then close it.
 *
 * @param plan what to do
 * @param claim this process's ownership; {@code null} when the plan is
 * {@link RunPlan.RunningElsewhere}
 */
public record PlannedRun(RunPlan plan, @Nullable RunClaim claim) implements AutoCloseable {

	@Override
	public void close() {
		if (this.claim != null) {
			this.claim.close();
		}
	}

}
