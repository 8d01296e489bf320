package jp.tsunagari.survey;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Personal response links. Each recipient gets 128 random bits (SecureRandom), its salt; the link's token is the
 * HMAC-SHA256 of the salt under the application's link secret, URL-safe Base64 (43 characters). The database
 * keeps the salt and the SHA-256 hash of the token only: the same link can be printed on a letter or repeated in a
 * reminder, but a copy of the database without the secret opens no response page.
 */
final class ResponseTokens {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final SecretKeySpec key;

	/** Without a usable secret no link can be issued: dispatch fails into an incident naming the setting. */
	ResponseTokens(String secret) {
		this.key = secret == null || secret.length() < 32 ? null
				: new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
	}

	static String newSalt() {
		byte[] bytes = new byte[16];
		RANDOM.nextBytes(bytes);
		return HexFormat.of().formatHex(bytes);
	}

	String token(String salt) {
		if (key == null) {
			throw new IllegalStateException("tsunagari.survey.link-secret is not set (at least 32 characters)");
		}
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(key);
			return Base64.getUrlEncoder().withoutPadding()
				.encodeToString(mac.doFinal(salt.getBytes(StandardCharsets.US_ASCII)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is part of every Java runtime", ex);
		}
	}

	static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

	/** A string that can be a token at all: checked before any database look-up. */
	static boolean wellFormed(String token) {
		return token != null && token.matches("[A-Za-z0-9_-]{43}");
	}

}
