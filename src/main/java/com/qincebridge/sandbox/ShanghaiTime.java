package com.qincebridge.sandbox;

import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Business time as Qince writes it: {@code yyyy-MM-dd HH:mm:ss} in Asia/Shanghai. */
final class ShanghaiTime {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZONE);

	static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZONE);

	private ShanghaiTime() {
	}

	static String now(Clock clock) {
		return DATE_TIME.format(clock.instant());
	}

	static String today(Clock clock) {
		return DATE.format(clock.instant());
	}

}
