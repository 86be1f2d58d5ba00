package com.qincebridge;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The entry point of every command. The exit status is the command's: 0 only when the job
 * it ran COMPLETED.
 */
@SpringBootApplication
public class QinceBridgeApplication {

	public static void main(String[] args) {
		System.exit(SpringApplication.exit(SpringApplication.run(QinceBridgeApplication.class, args)));
	}

}
