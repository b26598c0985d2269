package org.ducha.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class QueryCodesTests {

	final QueryCodes codes = new QueryCodes();

	@Test
	void codesHaveSixteenCharactersWithoutLookAlikes() {
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < 500; i++) {
			String code = codes.newCode();
			assertThat(code).hasSize(16).doesNotContainPattern("[0O1IL]");
			assertThat(QueryCodes.isWellFormed(code)).isTrue();
			seen.add(code);
		}
		assertThat(seen).hasSize(500);
	}

	@Test
	void theLookupHashIgnoresCaseAndSeparatorsButIsNotTheCode() {
		String code = codes.newCode();
		String typed = code.substring(0, 4).toLowerCase() + "-" + code.substring(4, 8) + " " + code.substring(8);
		assertThat(QueryCodes.lookupHash(typed)).isEqualTo(QueryCodes.lookupHash(code)).hasSize(64).isNotEqualTo(code);
	}

	@Test
	void aPinIsStoredAsAnArgon2HashAndOnlyTheRightPinMatches() {
		String hash = codes.hashPin("secret-pin");
		assertThat(hash).startsWith("$argon2id$").doesNotContain("secret-pin");
		assertThat(codes.pinMatches("secret-pin", hash)).isTrue();
		assertThat(codes.pinMatches("secret-pim", hash)).isFalse();
	}

	@Test
	void anUnknownCodeNeverMatchesWhateverThePin() {
		assertThat(codes.pinMatches("anything", null)).isFalse();
		assertThat(codes.pinMatches(null, null)).isFalse();
	}

	@Test
	void aPinHashUsesTheDocumentedArgon2idCost() {
		assertThat(codes.hashPin("some-pin")).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
	}
}
