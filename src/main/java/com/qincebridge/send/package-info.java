/**
 * Sending statements from the ledger to Qince: what Qince holds for the month, the send
 * itself (recorded before it is made), conflicts with confirmed statements, rejections
 * logged in Qince, and the verify that gives each statement its Qince id. Provides the
 * Qince-state, send and verify steps of the statement jobs ({@code SendSteps}).
 */
@NullMarked
package com.qincebridge.send;

import org.jspecify.annotations.NullMarked;
