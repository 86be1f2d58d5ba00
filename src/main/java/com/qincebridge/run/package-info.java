/**
 * The run policy: who owns a running execution (a lock its live process holds), and the
 * one start-or-resume decision the command line, {@code serve} and month-end-close share.
 */
@NullMarked
package com.qincebridge.run;

import org.jspecify.annotations.NullMarked;
