/**
 * What a statement is, for both kinds: the kinds, numbers, content hash, money, the ERP
 * orders and lines it holds, and the statement ledger (the outbox). The job of each kind
 * lives in {@code goods} and {@code expense}.
 */
@NullMarked
package com.qincebridge.statement;

import org.jspecify.annotations.NullMarked;
