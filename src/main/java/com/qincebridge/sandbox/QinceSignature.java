package com.qincebridge.sandbox;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The Qince digest, kept apart from the product's signer on purpose: lowercase hex MD5 of
 * the UTF-8 bytes of {@code text|secret|timestamp}. Calls sign the body with the appkey,
 * pushes sign their data with the push secret.
 */
final class QinceSignature {

	private QinceSignature() {
	}

	static String digest(String text, String secret, String timestamp) {
		try {
			byte[] md5 = MessageDigest.getInstance("MD5")
				.digest((text + "|" + secret + "|" + timestamp).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(md5);
		}
		catch (NoSuchAlgorithmException ex) {
			// every Java platform has MD5
			throw new IllegalStateException(ex);
		}
	}

}
