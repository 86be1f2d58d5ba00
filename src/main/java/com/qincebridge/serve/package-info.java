/**
 * {@code serve}: the schedule, with a row in the database per scheduled run so that
 * several instances launch each run once, and the runs it starts in the background.
 */
@NullMarked
package com.qincebridge.serve;

import org.jspecify.annotations.NullMarked;
