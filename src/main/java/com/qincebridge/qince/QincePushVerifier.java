package com.qincebridge.qince;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Checks the digest of a push from Qince: {@code digest} must be the MD5 of
 * {@code data + "|" + pushSecret + "|" + timestamp}, with data and timestamp exactly as
 * the form carried them. Qince documents lowercase hex; uppercase hex is accepted too,
 * since it names the same MD5 and a case change proves nothing either way. The comparison
 * takes the same time wherever the digests differ.
 * <p>
 * The timestamp is not checked for age: Qince sends failed pushes again for ten days,
 * possibly with their original timestamp, so replays are told apart by msgId, not here.
 * Thread-safe.
 */
public final class QincePushVerifier {

	private final String pushSecret;

	/**
	 * @param pushSecret the tenant's push secret (推送密钥)
	 * @throws IllegalArgumentException if it is blank
	 */
	public QincePushVerifier(String pushSecret) {
		if (pushSecret.isBlank()) {
			throw new IllegalArgumentException("pushSecret must not be blank");
		}
		this.pushSecret = pushSecret;
	}

	/**
	 * Whether a push is signed with our push secret.
	 * @param data the {@code data} form field, as received
	 * @param timestamp the {@code timestamp} form field, as received
	 * @param digest the {@code digest} form field
	 * @return {@code true} only when all three are present and the digest matches
	 */
	public boolean isValid(@Nullable String data, @Nullable String timestamp, @Nullable String digest) {
		if (data == null || timestamp == null || digest == null) {
			return false;
		}
		String expected = QinceSigner.digest(data, this.pushSecret, timestamp);
		byte[] received = digest.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8);
		return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), received);
	}

}
