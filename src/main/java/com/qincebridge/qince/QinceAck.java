package com.qincebridge.qince;

import org.jspecify.annotations.Nullable;

/**
 * Qince accepted a save. What the ledger records about it.
 *
 * @param msgId the msg_id we sent with the try that was accepted (earlier tries of the
 * same call had other ids)
 * @param returnCode Qince's return_code as text: always {@code "0"}
 * @param returnMsg Qince's return_msg, such as {@code 预付款申请新增成功!}; null when absent
 */
public record QinceAck(String msgId, String returnCode, @Nullable String returnMsg) {
}
