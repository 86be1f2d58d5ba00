/**
 * How operators run the product: the command line (commands, --help, exit codes) and the
 * checks and reports around the jobs.
 */
@NullMarked
package com.qincebridge.ops;

import org.jspecify.annotations.NullMarked;
