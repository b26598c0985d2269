package org.ducha.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.bouncycastle.crypto.digests.SM3Digest;

/** The digest that links audit events. Each event records the one it was written with. */
public enum HashAlgorithm {

	/** GB/T 32905 SM3, through Bouncy Castle; the default for government systems. */
	SM3 {
		@Override
		byte[] digest(byte[] input) {
			SM3Digest sm3 = new SM3Digest();
			sm3.update(input, 0, input.length);
			byte[] out = new byte[sm3.getDigestSize()];
			sm3.doFinal(out, 0);
			return out;
		}
	},
	/** SHA-256 from the JDK. */
	SHA256 {
		@Override
		byte[] digest(byte[] input) {
			try {
				return MessageDigest.getInstance("SHA-256").digest(input);
			}
			catch (NoSuchAlgorithmException e) {
				throw new IllegalStateException(e);
			}
		}
	};

	abstract byte[] digest(byte[] input);

	String hex(String input) {
		return HexFormat.of().formatHex(digest(input.getBytes(StandardCharsets.UTF_8)));
	}
}
