/**
 * The report of a statement run: first the items that need attention, then counts per
 * step, statements by outcome, the month's money, quarantined lines and write-backs;
 * printed and kept as JSON in {@code run_report}. And the last step of the statement
 * jobs, the check that the run left nothing undone ({@code FinalCheckSteps}).
 */
@NullMarked
package com.qincebridge.report;

import org.jspecify.annotations.NullMarked;
