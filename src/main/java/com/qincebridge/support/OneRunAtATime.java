package com.qincebridge.support;

import java.util.concurrent.Callable;

import org.springframework.stereotype.Component;

/**
 * Runs work that runs jobs while no other run of this process runs: the steps of a job
 * are shared instances whose readers and processors hold the state of the execution they
 * run. {@code serve}'s schedule, its pushes and the console's actions queue here.
 */
@Component
public class OneRunAtATime {

	private final Object lock = new Object();

	public <T> T alone(Callable<T> work) throws Exception {
		synchronized (this.lock) {
			return work.call();
		}
	}

}
