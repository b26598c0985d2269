package org.ducha.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Base64;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FieldCipherTests {

	static final String SM4_KEYS = "k1:" + Base64.getEncoder().encodeToString(new byte[16]) + ",k0:"
			+ Base64.getEncoder().encodeToString("0123456789abcdef".getBytes());

	@Test
	void sm4GcmRoundTripsAndNamesTheKeyInTheStoredValue() {
		FieldCipher cipher = new FieldCipher(IdentityKeyRing.fromSpec(FieldCipher.Algorithm.SM4GCM, SM4_KEYS));
		String stored = cipher.encrypt("张三", "ducha:report:1:name");
		assertThat(stored).startsWith("v1:k1:").doesNotContain("张三");
		assertThat(cipher.decrypt(stored, "ducha:report:1:name")).isEqualTo("张三");
	}

	@Test
	void theSameValueEncryptsDifferentlyEachTime() {
		FieldCipher cipher = new FieldCipher(IdentityKeyRing.fromSpec(FieldCipher.Algorithm.SM4GCM, SM4_KEYS));
		assertThat(cipher.encrypt("13800000000", "a")).isNotEqualTo(cipher.encrypt("13800000000", "a"));
	}

	@Test
	void aValueMovedToAnotherReportOrFieldDoesNotDecrypt() {
		FieldCipher cipher = new FieldCipher(IdentityKeyRing.fromSpec(FieldCipher.Algorithm.SM4GCM, SM4_KEYS));
		String stored = cipher.encrypt("张三", "ducha:report:1:name");
		assertThatThrownBy(() -> cipher.decrypt(stored, "ducha:report:2:name")).isInstanceOf(IllegalStateException.class);
	}

	@Test
	void anAlteredCiphertextIsRefused() {
		FieldCipher cipher = new FieldCipher(IdentityKeyRing.fromSpec(FieldCipher.Algorithm.SM4GCM, SM4_KEYS));
		String stored = cipher.encrypt("张三", "a");
		byte[] raw = Base64.getDecoder().decode(stored.substring("v1:k1:".length()));
		raw[raw.length - 1] ^= 1;
		String altered = "v1:k1:" + Base64.getEncoder().encodeToString(raw);
		assertThatThrownBy(() -> cipher.decrypt(altered, "a")).isInstanceOf(IllegalStateException.class);
	}

	@Test
	void oldKeysStillReadValuesWrittenUnderThem() {
		FieldCipher old = new FieldCipher(IdentityKeyRing.fromSpec(FieldCipher.Algorithm.SM4GCM,
				"k0:" + Base64.getEncoder().encodeToString("0123456789abcdef".getBytes())));
		String stored = old.encrypt("地址", "a");
		FieldCipher rotated = new FieldCipher(IdentityKeyRing.fromSpec(FieldCipher.Algorithm.SM4GCM, SM4_KEYS));
		assertThat(rotated.decrypt(stored, "a")).isEqualTo("地址");
		assertThat(FieldCipher.keyIdOf(rotated.encrypt("地址", "a"))).isEqualTo("k1");
	}

	@Test
	void aes256GcmIsSelectable() {
		FieldCipher cipher = new FieldCipher(IdentityKeyRing.fromSpec(FieldCipher.Algorithm.AES256GCM,
				"a1:" + Base64.getEncoder().encodeToString(new byte[32])));
		assertThat(cipher.decrypt(cipher.encrypt("身份证", "x"), "x")).isEqualTo("身份证");
	}

	@Test
	void aKeyOfTheWrongLengthIsRefusedAtStart() {
		assertThatThrownBy(() -> IdentityKeyRing.fromSpec(FieldCipher.Algorithm.AES256GCM,
				"a1:" + Base64.getEncoder().encodeToString(new byte[16])))
			.isInstanceOf(IllegalStateException.class).hasMessageContaining("32 bytes");
	}

	@Test
	void theKeyFileIsCreatedWithOneKeyReadableOnlyByItsOwner(@TempDir Path dir) throws Exception {
		Path file = dir.resolve("keys/identity.keys");
		IdentityKeyRing ring = IdentityKeyRing.fromFile(FieldCipher.Algorithm.SM4GCM, file);
		assertThat(Files.readAllLines(file)).hasSize(1).first().asString().startsWith(ring.currentId() + ":");
		assertThat(Files.getPosixFilePermissions(file))
			.isEqualTo(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
	}

	@Test
	void aRotatedKeyFileIsPickedUpByAnotherNodeWhenAValueNamesTheNewKey(@TempDir Path dir) {
		Path file = dir.resolve("identity.keys");
		IdentityKeyRing nodeA = IdentityKeyRing.fromFile(FieldCipher.Algorithm.SM4GCM, file);
		IdentityKeyRing nodeB = IdentityKeyRing.fromFile(FieldCipher.Algorithm.SM4GCM, file);
		String oldId = nodeA.currentId();
		String newId = nodeA.addCurrentKey();
		assertThat(newId).isNotEqualTo(oldId);
		String written = new FieldCipher(nodeA).encrypt("张三", "a");
		assertThat(new FieldCipher(nodeB).decrypt(written, "a")).isEqualTo("张三");
		assertThat(List.of(nodeA.currentId(), nodeB.currentId())).containsOnly(newId);
	}
}
