package com.qincebridge.writeback;

import com.qincebridge.http.TransientApiException;
import org.jspecify.annotations.Nullable;

/**
 * What became of one write-back: done, refused by zhixdl with the reason, or failed
 * transiently ({@code failure}: to be made again on restart).
 */
public record WriteBackOutcome(WriteBack writeBack, boolean done, @Nullable String reason,
		@Nullable TransientApiException failure) {
}
