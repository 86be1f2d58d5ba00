package com.qincebridge.serve;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import com.qincebridge.support.JobsFiles;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ScheduleSettingsTests {

	@Test
	void thePackagedDefaultsRunNightlyAndOnTheFirstAtTwoInShanghai() {
		ScheduleSettings settings = new ScheduleSettings.Source(Path.of("no-such-dir")).get();

		ZoneId shanghai = ZoneId.of("Asia/Shanghai");
		assertThat(settings.zone()).isEqualTo(shanghai);
		ZonedDateTime evening = ZonedDateTime.of(2025, 9, 30, 20, 0, 0, 0, shanghai);
		assertThat(settings.nightly().next(evening)).isEqualTo(evening.plusDays(1).withHour(2));
		assertThat(settings.monthEndClose().next(evening))
			.isEqualTo(ZonedDateTime.of(2025, 10, 1, 2, 0, 0, 0, shanghai));
		assertThat(settings.maxResumes()).isEqualTo(3);
	}

	@Test
	void mistakesNameTheFileTheKeyAndTheValue() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> parse(
					"zone=Asia/Shanghai\nnightly.cron=0 2 * * *\n" + "month-end-close.cron=0 0 2 1 * *\nmax-resumes=3"))
			.withMessage("schedule.properties: nightly.cron is not a cron expression with six fields "
					+ "(second minute hour day month weekday): 0 2 * * *");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> parse("zone=Mars/Olympus\nnightly.cron=0 0 2 * * *\n"
					+ "month-end-close.cron=0 0 2 1 * *\nmax-resumes=3"))
			.withMessage("schedule.properties: zone is not a time zone: Mars/Olympus");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> parse("zone=Asia/Shanghai\nnightly.cron=0 0 2 * * *\nmax-resumes=3"))
			.withMessage("schedule.properties: month-end-close.cron is missing");
		assertThatIllegalArgumentException().isThrownBy(
				() -> parse("zone=UTC\nnightly.cron=0 0 2 * * *\nmonth-end-close.cron=0 0 2 1 * *\nmax-resumes=many"))
			.withMessage("schedule.properties: max-resumes must be a number: many");
	}

	private static ScheduleSettings parse(String text) {
		return ScheduleSettings.parse(new JobsFiles(text, "schedule.properties"));
	}

}
