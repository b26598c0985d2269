package org.ducha.access;

import org.ducha.shared.DomainException;

/**
 * The password rule of SPEC §15: at least 8 characters, with characters of at least 3 of the 4
 * classes upper-case letter, lower-case letter, digit, symbol.
 */
public final class PasswordPolicy {

	public static final int MIN_LENGTH = 8;
	public static final int MAX_LENGTH = 128;
	static final int MIN_CLASSES = 3;

	private PasswordPolicy() {
	}

	public static boolean isSatisfiedBy(String password) {
		if (password == null || password.length() < MIN_LENGTH || password.length() > MAX_LENGTH) {
			return false;
		}
		boolean upper = false;
		boolean lower = false;
		boolean digit = false;
		boolean symbol = false;
		for (int i = 0; i < password.length(); i++) {
			char c = password.charAt(i);
			if (c >= 'A' && c <= 'Z') {
				upper = true;
			}
			else if (c >= 'a' && c <= 'z') {
				lower = true;
			}
			else if (c >= '0' && c <= '9') {
				digit = true;
			}
			else if (!Character.isWhitespace(c) && !Character.isISOControl(c)) {
				symbol = true;
			}
		}
		int classes = (upper ? 1 : 0) + (lower ? 1 : 0) + (digit ? 1 : 0) + (symbol ? 1 : 0);
		return classes >= MIN_CLASSES;
	}

	/** Refuses a weak password with the code PASSWORD_TOO_WEAK (400). */
	static void check(String password) {
		if (!isSatisfiedBy(password)) {
			throw DomainException.invalid("PASSWORD_TOO_WEAK", "password too weak");
		}
	}
}
