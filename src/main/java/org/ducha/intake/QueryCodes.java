package org.ducha.intake;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;

import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Query codes and PINs of the public follow-up (SPEC §5). A code is 16 characters from an alphabet
 * without look-alikes (no 0/O/1/I/L), drawn with {@link SecureRandom}, and stored only as its
 * SHA-256 (a lookup key, not the code). A PIN is stored only as an Argon2id hash.
 *
 * <p>PIN cost: Argon2id, 19 MiB memory, 2 iterations, parallelism 1 (the OWASP minimum profile);
 * one hash takes about 41 ms on the 2-core build machine (measured by the benchmark of
 * docs/PERFORMANCE.md, not by a test), so a failed look-up costs an attacker that much per guess on top of the
 * throttle, while a node still answers dozens of follow-up requests per second.
 */
@Component
class QueryCodes {

	static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
	static final int LENGTH = 16;
	static final int PIN_MIN = 6;
	static final int PIN_MAX = 64;

	private final SecureRandom random = new SecureRandom();
	private final Argon2PasswordEncoder pins = new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2);
	private final String dummyHash = pins.encode("not-a-pin-" + HexFormat.of().formatHex(new byte[8]));

	String newCode() {
		StringBuilder code = new StringBuilder(LENGTH);
		for (int i = 0; i < LENGTH; i++) {
			code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return code.toString();
	}

	/** The lookup hash of a code as typed: case and separators ignored. */
	static String lookupHash(String code) {
		String normalized = normalize(code);
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalized.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	static String normalize(String code) {
		return code == null ? "" : code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
	}

	static boolean isWellFormed(String code) {
		String normalized = normalize(code);
		return normalized.length() == LENGTH && normalized.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0);
	}

	String hashPin(String pin) {
		return pins.encode(pin);
	}

	/** Checks a PIN against its hash; with no hash, checks against a dummy so that both paths take the same time. */
	boolean pinMatches(String pin, String hash) {
		boolean matches = pins.matches(pin == null ? "" : pin, hash == null ? dummyHash : hash);
		return hash != null && matches;
	}
}
