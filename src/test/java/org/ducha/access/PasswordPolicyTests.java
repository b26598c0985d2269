package org.ducha.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTests {

	@ParameterizedTest
	@ValueSource(strings = { "Demo@2026", "abcdEFGH1", "abcdefg1!", "ABCDEFG1!", "Abcdefg!", "长城Abc12345", "Aa1!Aa1!" })
	void acceptsEightOrMoreCharactersOfThreeClasses(String password) {
		assertThat(PasswordPolicy.isSatisfiedBy(password)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Ab1!xyz", "abcdefgh", "ABCDEFGH", "12345678", "abcd1234", "ABCD1234", "abcdEFGH",
			"!!!!1111", "        ", "ab cd EF" })
	void refusesShortPasswordsAndPasswordsOfFewerThanThreeClasses(String password) {
		assertThat(PasswordPolicy.isSatisfiedBy(password)).isFalse();
	}

	@ParameterizedTest
	@NullAndEmptySource
	void refusesMissingPasswords(String password) {
		assertThat(PasswordPolicy.isSatisfiedBy(password)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(ints = { 129, 500 })
	void refusesAbsurdlyLongPasswords(int length) {
		assertThat(PasswordPolicy.isSatisfiedBy("Aa1!" + "x".repeat(length - 4))).isFalse();
	}
}
