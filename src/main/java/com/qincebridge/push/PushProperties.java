package com.qincebridge.push;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The {@code bridge.push.*} settings of the push receiver.
 *
 * @param maxBodySize the largest push body accepted; a larger one is answered 1
 * @param maxAge the oldest push timestamp accepted: Qince redelivers a failed push for 10
 * days, possibly with its first timestamp, so 10 days plus a margin
 * @param maxClockSkew how far in the future a push timestamp may lie (Qince's clock and
 * ours differ a little)
 * @param threads how many stored pushes are processed at once
 * @param pollEvery how often the stored pushes are looked at when nothing wakes the
 * dispatcher (pushes stored by another instance, a database that was away)
 */
@ConfigurationProperties("bridge.push")
record PushProperties(@DefaultValue("2MB") DataSize maxBodySize, @DefaultValue("11d") Duration maxAge,
		@DefaultValue("5m") Duration maxClockSkew, @DefaultValue("2") int threads,
		@DefaultValue("30s") Duration pollEvery) {

	PushProperties {
		if (threads < 1) {
			throw new IllegalArgumentException("bridge.push.threads must be at least 1: " + threads);
		}
	}

}
