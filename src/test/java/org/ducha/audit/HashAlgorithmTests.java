package org.ducha.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HashAlgorithmTests {

	@Test
	void sm3MatchesTheStandardTestVector() {
		// GB/T 32905-2016 appendix A, example 1
		assertThat(HashAlgorithm.SM3.hex("abc"))
			.isEqualTo("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");
	}

	@Test
	void sha256MatchesTheStandardTestVector() {
		assertThat(HashAlgorithm.SHA256.hex("abc"))
			.isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
	}
}
