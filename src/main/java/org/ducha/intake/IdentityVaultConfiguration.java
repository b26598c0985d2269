package org.ducha.intake;

import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * {@code ducha.crypto.algorithm} (SM4GCM, or AES256GCM); keys from {@code DUCHA_IDENTITY_KEYS} (or
 * {@code ducha.identity.keys}) when set, else the key file {@code ducha.identity.key-file}
 * (default {@code ${ducha.data-dir}/keys/identity.keys}). See docs/security.md.
 */
@Configuration(proxyBeanMethods = false)
class IdentityVaultConfiguration {

	@Bean
	IdentityKeyRing identityKeyRing(Environment env,
			@Value("${ducha.crypto.algorithm:SM4GCM}") FieldCipher.Algorithm algorithm,
			@Value("${ducha.identity.key-file:${ducha.data-dir}/keys/identity.keys}") Path keyFile) {
		String spec = env.getProperty("DUCHA_IDENTITY_KEYS", env.getProperty("ducha.identity.keys", ""));
		return spec.isBlank() ? IdentityKeyRing.fromFile(algorithm, keyFile) : IdentityKeyRing.fromSpec(algorithm, spec);
	}

	@Bean
	FieldCipher identityFieldCipher(IdentityKeyRing keys) {
		return new FieldCipher(keys);
	}
}
