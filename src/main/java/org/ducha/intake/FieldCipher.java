package org.ducha.intake;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Provider;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * Field encryption of the identity vault (SPEC §15): SM4-GCM by Bouncy Castle, or AES-256-GCM when
 * {@code ducha.crypto.algorithm=AES256GCM}; a 12-byte random IV and a 128-bit tag per value. A value
 * is stored as {@code v1:<keyId>:<base64(iv || ciphertext)>}, so it names the key that reads it.
 * The associated data binds a value to its report and field: a ciphertext copied elsewhere does not decrypt.
 */
final class FieldCipher {

	enum Algorithm {
		SM4GCM("SM4", "SM4/GCM/NoPadding", 16),
		AES256GCM("AES", "AES/GCM/NoPadding", 32);

		private final String keyAlgorithm;
		private final String transformation;
		private final int keyBytes;

		Algorithm(String keyAlgorithm, String transformation, int keyBytes) {
			this.keyAlgorithm = keyAlgorithm;
			this.transformation = transformation;
			this.keyBytes = keyBytes;
		}

		int keyBytes() {
			return keyBytes;
		}
	}

	static final String VERSION = "v1";
	private static final int IV_BYTES = 12;
	private static final int TAG_BITS = 128;
	private static final Provider BOUNCY_CASTLE = new BouncyCastleProvider();

	private final IdentityKeyRing keys;
	private final SecureRandom random = new SecureRandom();

	FieldCipher(IdentityKeyRing keys) {
		this.keys = keys;
	}

	/** The value encrypted under the current key; null stays null. */
	String encrypt(String plaintext, String associatedData) {
		if (plaintext == null) {
			return null;
		}
		byte[] iv = new byte[IV_BYTES];
		random.nextBytes(iv);
		String keyId = keys.currentId();
		byte[] sealed = run(Cipher.ENCRYPT_MODE, keys.current(), iv, associatedData,
				plaintext.getBytes(StandardCharsets.UTF_8));
		byte[] out = ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array();
		return VERSION + ":" + keyId + ":" + Base64.getEncoder().encodeToString(out);
	}

	/** The plaintext of a stored value; null stays null. Fails when the value was altered or moved. */
	String decrypt(String value, String associatedData) {
		if (value == null) {
			return null;
		}
		String[] parts = value.split(":", 3);
		if (parts.length != 3 || !VERSION.equals(parts[0])) {
			throw new IllegalStateException("not an encrypted identity value");
		}
		byte[] all = Base64.getDecoder().decode(parts[2]);
		byte[] iv = new byte[IV_BYTES];
		System.arraycopy(all, 0, iv, 0, IV_BYTES);
		byte[] sealed = new byte[all.length - IV_BYTES];
		System.arraycopy(all, IV_BYTES, sealed, 0, sealed.length);
		return new String(run(Cipher.DECRYPT_MODE, keys.key(parts[1]), iv, associatedData, sealed), StandardCharsets.UTF_8);
	}

	/** The key id a stored value names, or null for null. */
	static String keyIdOf(String value) {
		if (value == null) {
			return null;
		}
		String[] parts = value.split(":", 3);
		return parts.length == 3 ? parts[1] : null;
	}

	String currentKeyId() {
		return keys.currentId();
	}

	private byte[] run(int mode, byte[] key, byte[] iv, String associatedData, byte[] input) {
		Algorithm algorithm = keys.algorithm();
		try {
			Cipher cipher = algorithm == Algorithm.SM4GCM
					? Cipher.getInstance(algorithm.transformation, BOUNCY_CASTLE)
					: Cipher.getInstance(algorithm.transformation);
			cipher.init(mode, new SecretKeySpec(key, algorithm.keyAlgorithm), new GCMParameterSpec(TAG_BITS, iv));
			cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
			return cipher.doFinal(input);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("identity " + (mode == Cipher.ENCRYPT_MODE ? "encryption" : "decryption")
					+ " failed", e);
		}
	}
}
