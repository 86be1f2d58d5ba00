/**
 * How operators run the product: the command line (commands, --help, exit codes), the
 * checks and reports around the jobs, and {@code serve}: the schedule, with a row in the
 * database per scheduled run so that several instances launch each run once.
 */
@NullMarked
package com.qincebridge.ops;

import org.jspecify.annotations.NullMarked;
