package com.qincebridge.push;

/**
 * Published for every push whose digest was checked: whether it verified. A run of pushes
 * that do not verify means the push secret differs from Qince's, or someone else posts.
 *
 * @param verified whether the digest verified
 * @param dataType the push's data type, as it came (for the log)
 */
public record PushDigestChecked(boolean verified, String dataType) {
}
