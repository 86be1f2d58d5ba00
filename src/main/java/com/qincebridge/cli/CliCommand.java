package com.qincebridge.cli;

import org.springframework.boot.ApplicationArguments;

/**
 * A command run inside the started application. Implementations are beans; the one whose
 * {@link #command()} is named on the command line runs once the application is ready.
 */
public interface CliCommand {

	Command command();

	/**
	 * Run the command.
	 * @param args the whole command line, the command's name first
	 * @return the exit status (see {@link ExitStatus})
	 */
	int run(ApplicationArguments args) throws Exception;

}
