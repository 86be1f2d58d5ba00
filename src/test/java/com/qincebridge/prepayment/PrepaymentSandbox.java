package com.qincebridge.prepayment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import com.qincebridge.qince.PrepaymentApply;
import com.qincebridge.qince.PrepaymentApplyDetail;
import com.qincebridge.qince.PrepaymentExtField;
import com.qincebridge.sandbox.Sandbox;
import com.qincebridge.sandbox.SandboxSettings;

/**
 * The sandbox the prepayment tests share, on a clock the tests move by hand (Qince's
 * modify times follow it).
 */
final class PrepaymentSandbox {

	static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	static final HandClock clock = new HandClock(LocalDateTime.of(2025, 10, 1, 9, 0).atZone(SHANGHAI).toInstant());

	static final Sandbox sandbox = Sandbox
		.start(SandboxSettings.defaults().withClock(clock).withTimestampSkew(Duration.ZERO));

	private PrepaymentSandbox() {
	}

	/** Set the sandbox's time, Asia/Shanghai. */
	static void at(String time) {
		clock.now = LocalDateTime.parse(time.replace(' ', 'T')).atZone(SHANGHAI).toInstant();
	}

	static PrepaymentApply apply(String code, String activityCode, String... cmIdsAndAmounts) {
		List<PrepaymentApplyDetail> details = new java.util.ArrayList<>();
		for (int i = 0; i < cmIdsAndAmounts.length; i += 2) {
			details.add(new PrepaymentApplyDetail(activityCode, cmIdsAndAmounts[i], cmIdsAndAmounts[i + 1],
					List.of(new PrepaymentExtField("文本1", "v" + i))));
		}
		return new PrepaymentApply(code, "促销 " + code, "fin01", "备注 " + code, details);
	}

	static final class HandClock extends Clock {

		volatile Instant now;

		HandClock(Instant now) {
			this.now = now;
		}

		@Override
		public ZoneId getZone() {
			return SHANGHAI;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
