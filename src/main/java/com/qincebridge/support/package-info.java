/**
 * Small helpers every job shares: run parameters of the trade-month jobs, chunk steps
 * that call an API, hashing, column fitting, job files and failure messages.
 */
@NullMarked
package com.qincebridge.support;

import org.jspecify.annotations.NullMarked;
