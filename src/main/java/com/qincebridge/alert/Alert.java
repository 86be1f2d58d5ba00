package com.qincebridge.alert;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One alert.
 *
 * @param event what happened
 * @param job the job's command name ({@code statement}), null for a push alert
 * @param tradeMonth the run's trade month, null when it has none
 * @param executionId the job execution, null for a push alert
 * @param counts the items needing attention, by kind (rejected, conflict, invalid,
 * refused write-backs, quarantined lines, pushes failing their digest)
 * @param reason why, in one line
 * @param link the console page to look at, null without {@code bridge.console.public-url}
 */
record Alert(Event event, @Nullable String job, @Nullable String tradeMonth, @Nullable Long executionId,
		Map<String, Long> counts, String reason, @Nullable String link) {

	enum Event {

		RUN_FAILED("运行失败", "run failed"),

		RUN_NEEDS_ATTENTION("运行完成，有需要处理的项目", "run completed with items needing attention"),

		PUSH_DIGEST_FAILING("勤策推送的签名持续校验失败", "Qince pushes keep failing their digest");

		private final String chinese;

		private final String english;

		Event(String chinese, String english) {
			this.chinese = chinese;
			this.english = english;
		}

		String chinese() {
			return this.chinese;
		}

		String english() {
			return this.english;
		}

	}

	/** The title line: {@code 【勤策桥】运行失败 statement 2025-09 #12}. */
	String title() {
		StringBuilder title = new StringBuilder("【勤策桥】").append(this.event.chinese());
		if (this.job != null) {
			title.append(' ').append(this.job);
		}
		if (this.tradeMonth != null) {
			title.append(' ').append(this.tradeMonth);
		}
		if (this.executionId != null) {
			title.append(" #").append(this.executionId);
		}
		return title.toString();
	}

	/**
	 * The message as Markdown, for the robots (Chinese first, the English event after).
	 */
	String markdown() {
		StringBuilder text = new StringBuilder("### ").append(title()).append("\n\n");
		text.append("- ").append(this.event.english()).append('\n');
		if (!this.counts.isEmpty()) {
			this.counts
				.forEach((name, count) -> text.append("- ").append(name).append(": ").append(count).append('\n'));
		}
		text.append("- 原因 reason: ").append(this.reason).append('\n');
		if (this.link != null) {
			text.append("\n[控制台 console](").append(this.link).append(")\n");
		}
		return text.toString();
	}

}
