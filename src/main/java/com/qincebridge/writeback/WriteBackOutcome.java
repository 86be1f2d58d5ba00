package com.qincebridge.writeback;

import org.jspecify.annotations.Nullable;

/**
 * What became of one write-back: done, or refused by zhixdl with zhixdl's reason.
 */
public record WriteBackOutcome(WriteBack writeBack, boolean done, @Nullable String reason) {
}
