/**
 * What a statement is, for both kinds: the kinds, numbers, content hash, totals, the ERP
 * orders and lines it holds, the ledger (the outbox) and its states, and the steps that
 * fill the ledger (statement customers and build, with the kind's builder). The job of
 * each kind lives in {@code goods} and {@code expense}.
 */
@NullMarked
package com.qincebridge.statement;

import org.jspecify.annotations.NullMarked;
