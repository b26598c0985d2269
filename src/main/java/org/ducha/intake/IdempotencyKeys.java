package org.ducha.intake;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The {@code Idempotency-Key} of staff registrations (API.md): per user, kept 24 hours, stored as a hash. */
@Component
class IdempotencyKeys {

	static final Duration KEPT = Duration.ofHours(24);

	private final JdbcClient jdbc;

	IdempotencyKeys(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Long> find(String username, String key, Instant now) {
		return jdbc.sql("SELECT report_id FROM report_idempotency WHERE username = :u AND key_hash = :k AND created_at > :since")
			.param("u", username)
			.param("k", hash(key))
			.param("since", OffsetDateTime.ofInstant(now.minus(KEPT), ZoneOffset.UTC))
			.query(Long.class)
			.optional();
	}

	void remember(String username, String key, Long reportId, Instant now) {
		jdbc.sql("DELETE FROM report_idempotency WHERE username = :u AND key_hash = :k")
			.param("u", username).param("k", hash(key)).update();
		jdbc.sql("INSERT INTO report_idempotency (username, key_hash, report_id, created_at) VALUES (:u, :k, :r, :at)")
			.param("u", username).param("k", hash(key)).param("r", reportId)
			.param("at", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
			.update();
	}

	private static String hash(String key) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
