package org.ducha.rectification;

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

/**
 * The {@code Idempotency-Key} of problem creation (API.md): per user, kept 24 hours, stored as a
 * hash. Follows intake's report keys, which are internal to that module.
 */
@Component
class ProblemIdempotency {

	static final Duration KEPT = Duration.ofHours(24);

	private final JdbcClient jdbc;

	ProblemIdempotency(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Long> find(String username, String key, Instant now) {
		return jdbc.sql("SELECT problem_id FROM problem_idempotency WHERE username = :u AND key_hash = :k AND created_at > :since")
			.param("u", username)
			.param("k", hash(key))
			.param("since", OffsetDateTime.ofInstant(now.minus(KEPT), ZoneOffset.UTC))
			.query(Long.class)
			.optional();
	}

	void remember(String username, String key, Long problemId, Instant now) {
		jdbc.sql("DELETE FROM problem_idempotency WHERE username = :u AND key_hash = :k")
			.param("u", username).param("k", hash(key)).update();
		jdbc.sql("INSERT INTO problem_idempotency (username, key_hash, problem_id, created_at) VALUES (:u, :k, :p, :at)")
			.param("u", username).param("k", hash(key)).param("p", problemId)
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
