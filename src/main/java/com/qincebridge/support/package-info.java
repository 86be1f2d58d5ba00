/**
 * Small helpers every job shares: run parameters of the trade-month jobs, the shape of
 * chunk steps that call an API, paging readers, hashing, column fitting, job files and
 * failure messages. Depends on no job package.
 */
@NullMarked
package com.qincebridge.support;

import org.jspecify.annotations.NullMarked;
