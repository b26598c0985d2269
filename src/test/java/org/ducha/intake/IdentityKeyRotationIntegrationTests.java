package org.ducha.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class IdentityKeyRotationIntegrationTests extends IntakeIntegrationSupport {

	@Autowired
	IdentityKeyRotation rotation;

	@Autowired
	IdentityKeyRing keys;

	@Test
	void rotationPutsANewKeyFirstAndReencryptsEveryIdentityWhichStillReads() throws Exception {
		String id = registerId(namedReport());
		String before = keys.currentId();
		IdentityKeyRotation.Result result = rotation.rotate();
		assertThat(result.newKey()).isTrue();
		assertThat(result.keyId()).isNotEqualTo(before).isEqualTo(keys.currentId());
		assertThat(result.reencrypted()).isPositive();
		assertThat(result.remaining()).isZero();
		assertThat(jdbc.sql("SELECT DISTINCT key_id FROM report_identity").query(String.class).list())
			.containsExactly(result.keyId());
		assertThat(jdbc.sql("SELECT name_ct FROM report_identity WHERE report_id = :id").param("id", Long.parseLong(id))
			.query(String.class).single()).startsWith("v1:" + result.keyId() + ":");
		read(id, INTAKE).andExpect(jsonPath("$.reporter.name").value("张三"));
		assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = 'IDENTITY_KEYS_ROTATED' AND object_id = :k")
			.param("k", result.keyId()).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void theCommandPrintsTheKeyIdNeverAKeyAndExitsWithZero() throws Exception {
		registerId(namedReport());
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		AtomicInteger status = new AtomicInteger(-1);
		new KeyRotationCommand(rotation, new PrintStream(out, true, StandardCharsets.UTF_8), status::set).run(null);
		String printed = out.toString(StandardCharsets.UTF_8);
		assertThat(status.get()).isZero();
		assertThat(printed).contains("New identity key " + keys.currentId()).contains("0 left under older keys");
		assertThat(printed).doesNotContain(java.util.Base64.getEncoder().encodeToString(keys.current()));
	}
}
