/**
 * The report of a statement run: counts per step, statements by outcome, the month's
 * money, quarantined lines and write-backs; printed and kept as JSON in
 * {@code run_report}.
 */
@NullMarked
package com.qincebridge.report;

import org.jspecify.annotations.NullMarked;
