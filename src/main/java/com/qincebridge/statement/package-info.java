/**
 * The monthly statements: building, the ledger, sending, verifying and writing back.
 */
@NullMarked
package com.qincebridge.statement;

import org.jspecify.annotations.NullMarked;
