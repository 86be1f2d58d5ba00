package com.qincebridge.statement;

import org.jspecify.annotations.Nullable;

/**
 * What became of one write-back: done, or refused by zhixdl with the reason.
 */
record WriteBackOutcome(WriteBack writeBack, boolean done, @Nullable String reason) {
}
