package org.ducha.shared;

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

/**
 * The {@code Idempotency-Key} of a creating POST (API.md): per user, kept 24 hours, stored as a
 * SHA-256 hash in a module's own table {@code (username, key_hash, <id column>, created_at)}. A module
 * subclasses it as a bean naming its table and id column (constants of the module, never input).
 */
public abstract class IdempotencyKeyStore {

	public static final Duration KEPT = Duration.ofHours(24);

	private final JdbcClient jdbc;
	private final String table;
	private final String idColumn;

	protected IdempotencyKeyStore(JdbcClient jdbc, String table, String idColumn) {
		this.jdbc = jdbc;
		this.table = table;
		this.idColumn = idColumn;
	}

	/** The id created under this key by this user within the last 24 hours, if any. */
	public Optional<Long> find(String username, String key, Instant now) {
		return find(username, key, now, Long.class);
	}

	/** {@link #find} for a module whose ids are text (attachments' UUIDs). */
	public Optional<String> findText(String username, String key, Instant now) {
		return find(username, key, now, String.class);
	}

	private <T> Optional<T> find(String username, String key, Instant now, Class<T> idType) {
		return jdbc.sql("SELECT " + idColumn + " FROM " + table + " WHERE username = :u AND key_hash = :k AND created_at > :since")
			.param("u", username)
			.param("k", hash(key))
			.param("since", OffsetDateTime.ofInstant(now.minus(KEPT), ZoneOffset.UTC))
			.query(idType)
			.optional();
	}

	/** Remembers the id created under this key (replacing an expired entry of the same key). */
	public void remember(String username, String key, Long id, Instant now) {
		rememberId(username, key, id, now);
	}

	/** {@link #remember} for a module whose ids are text (attachments' UUIDs). */
	public void rememberText(String username, String key, String id, Instant now) {
		rememberId(username, key, id, now);
	}

	private void rememberId(String username, String key, Object id, Instant now) {
		jdbc.sql("DELETE FROM " + table + " WHERE username = :u AND key_hash = :k")
			.param("u", username).param("k", hash(key)).update();
		jdbc.sql("INSERT INTO " + table + " (username, key_hash, " + idColumn + ", created_at) VALUES (:u, :k, :id, :at)")
			.param("u", username).param("k", hash(key)).param("id", id)
			.param("at", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
			.update();
	}

	/** The SHA-256 (hex) under which a key is stored. */
	public static String hash(String key) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
