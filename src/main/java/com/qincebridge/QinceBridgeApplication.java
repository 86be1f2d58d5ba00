package com.qincebridge;

import java.io.IOException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.OptionalInt;

import com.qincebridge.cli.Cli;
import com.qincebridge.cli.Demo;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * The entry point of every command. The exit status is the command's: 0 only when the job
 * it ran COMPLETED.
 */
@SpringBootApplication
public class QinceBridgeApplication {

	public static void main(String[] args) throws IOException {
		OptionalInt answered = Cli.answerWithoutStarting(args, System.out, System.err);
		if (answered.isPresent()) {
			System.exit(answered.getAsInt());
		}
		if (Demo.isDemo(args)) {
			System.exit(Demo.run(QinceBridgeApplication.class, args));
		}
		System.exit(SpringApplication
			.exit(SpringApplication.run(QinceBridgeApplication.class, Cli.applicationArguments(args))));
	}

	/**
	 * Business time is China Standard Time: trade months, Qince timestamps, schedules.
	 */
	@Bean
	Clock clock() {
		return Clock.system(ZoneId.of("Asia/Shanghai"));
	}

}
