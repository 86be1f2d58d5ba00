/**
 * The command line: commands, --help, exit statuses, the checks, the demo and the sandbox
 * command.
 */
@NullMarked
package com.qincebridge.cli;

import org.jspecify.annotations.NullMarked;
