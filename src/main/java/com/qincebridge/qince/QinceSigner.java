package com.qincebridge.qince;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The Qince signature: the lowercase hex MD5 of the UTF-8 bytes of
 * {@code text + "|" + secret + "|" + timestamp}. Calls to Qince sign the exact JSON body
 * with the appkey; pushes from Qince sign their {@code data} field with the push secret.
 */
public final class QinceSigner {

	private QinceSigner() {
	}

	/**
	 * Sign a text.
	 * @param text the exact text sent, such as a JSON body
	 * @param secret the appkey, or the push secret for pushes
	 * @param timestamp the timestamp as it appears in the URL or the push form
	 * @return 32 lowercase hex digits
	 */
	public static String digest(String text, String secret, String timestamp) {
		String signed = text + "|" + secret + "|" + timestamp;
		return HexFormat.of().formatHex(md5().digest(signed.getBytes(StandardCharsets.UTF_8)));
	}

	private static MessageDigest md5() {
		try {
			return MessageDigest.getInstance("MD5");
		}
		catch (NoSuchAlgorithmException ex) {
			// every Java platform must provide MD5
			throw new IllegalStateException(ex);
		}
	}

}
