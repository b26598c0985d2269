package org.ducha.intake;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.ducha.shared.IdempotencyKeyStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The {@code Idempotency-Key} of the public submission (API.md conventions: the same key within 24 hours
 * returns the first result and creates nothing new), kept in {@code public_report_idempotency}.
 *
 * <p>A citizen has no account to scope a key by, and the first result holds the query code, which opens the
 * report with the PIN. So a key is scoped by the submission itself: an earlier result is found only for the same
 * key <em>and</em> the same body — PIN, identity, accused, text and attachments — compared as a fingerprint, an
 * HMAC-SHA256 under a key derived from the identity vault's current key (kept outside the database: with the
 * database alone nobody can test a PIN or an identity against it). The same key with another body is another
 * submission. The query code is kept sealed with the vault's cipher (its key id inside) for the 24 hours only;
 * a row whose key the operator has since removed reads as absent.
 */
@Component
class PublicSubmissionKeys {

	private static final Logger log = LoggerFactory.getLogger(PublicSubmissionKeys.class);

	/** An earlier submission under the same key and body: its report and its query code (null without a PIN). */
	record Earlier(long reportId, String queryCode) {
	}

	private final JdbcClient jdbc;
	private final IdentityKeyRing keys;
	private final FieldCipher cipher;

	PublicSubmissionKeys(JdbcClient jdbc, IdentityKeyRing keys, FieldCipher cipher) {
		this.jdbc = jdbc;
		this.keys = keys;
		this.cipher = cipher;
	}

	/** The submission made under this key with this very body within the last 24 hours, if any. */
	Optional<Earlier> find(String key, NewReport body, Instant now) {
		String keyHash = keyHash(key);
		String fingerprint = fingerprint(body);
		record Row(long reportId, String sealed) {
		}
		Optional<Row> row = jdbc.sql("""
				SELECT report_id, sealed_query_code FROM public_report_idempotency
				WHERE key_hash = :k AND fingerprint = :f AND created_at > :since""")
			.param("k", keyHash)
			.param("f", fingerprint)
			.param("since", OffsetDateTime.ofInstant(now.minus(IdempotencyKeyStore.KEPT), ZoneOffset.UTC))
			.query((rs, n) -> new Row(rs.getLong(1), rs.getString(2)))
			.optional();
		if (row.isEmpty()) {
			return Optional.empty();
		}
		try {
			return Optional.of(new Earlier(row.get().reportId(), cipher.decrypt(row.get().sealed(), associatedData(keyHash))));
		}
		catch (RuntimeException unreadable) {
			// sealed under a key no longer in the ring: the submission is taken as a new one
			log.warn("A public submission key's query code could not be unsealed (key {}); the entry is dropped",
					FieldCipher.keyIdOf(row.get().sealed()));
			forget(keyHash, fingerprint);
			return Optional.empty();
		}
	}

	/** Remembers the submission made under this key (expired entries of every key are deleted on the way). */
	void remember(String key, NewReport body, long reportId, String queryCode, Instant now) {
		String keyHash = keyHash(key);
		String fingerprint = fingerprint(body);
		jdbc.sql("DELETE FROM public_report_idempotency WHERE created_at <= :since")
			.param("since", OffsetDateTime.ofInstant(now.minus(IdempotencyKeyStore.KEPT), ZoneOffset.UTC))
			.update();
		jdbc.sql("""
				INSERT INTO public_report_idempotency (key_hash, fingerprint, report_id, sealed_query_code, created_at)
				VALUES (:k, :f, :r, :c, :at)""")
			.param("k", keyHash)
			.param("f", fingerprint)
			.param("r", reportId)
			.param("c", cipher.encrypt(queryCode, associatedData(keyHash)))
			.param("at", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
			.update();
	}

	private void forget(String keyHash, String fingerprint) {
		jdbc.sql("DELETE FROM public_report_idempotency WHERE key_hash = :k AND fingerprint = :f")
			.param("k", keyHash).param("f", fingerprint).update();
	}

	private static String associatedData(String keyHash) {
		return "public-submission:" + keyHash;
	}

	private static String keyHash(String key) {
		return IdempotencyKeyStore.hash(key);
	}

	/** HMAC-SHA256 of the body's canonical form under a key derived from the vault's current key. */
	String fingerprint(NewReport body) {
		byte[] derived = PublicThrottle.hmac(keys.current(), "ducha:public-submission-fingerprint");
		return HexFormat.of().formatHex(PublicThrottle.hmac(derived, canonical(body)));
	}

	/** Every field that makes a submission, each length-prefixed so that no two bodies share a form. */
	static String canonical(NewReport body) {
		StringBuilder out = new StringBuilder();
		field(out, String.valueOf(body.anonymous()));
		field(out, body.pin());
		ReporterIdentity reporter = body.anonymous() ? null : body.reporter();
		field(out, reporter == null ? null : "reporter");
		if (reporter != null) {
			for (String value : List.of(str(reporter.name()), str(reporter.phone()), str(reporter.idNumber()),
					str(reporter.unit()), str(reporter.address()))) {
				field(out, value);
			}
		}
		field(out, String.valueOf(body.accused().size()));
		for (NewAccused accused : body.accused()) {
			field(out, accused == null ? null : accused.name());
			field(out, accused == null ? null : accused.unitName());
			field(out, accused == null ? null : accused.position());
			field(out, accused == null ? null : accused.cadreNo());
		}
		field(out, String.valueOf(body.accusedUnits().size()));
		body.accusedUnits().forEach(unit -> field(out, unit));
		field(out, body.categoryCode());
		field(out, body.subject());
		field(out, body.content());
		LocalDate occurredOn = body.occurredOn();
		field(out, occurredOn == null ? null : occurredOn.toString());
		field(out, String.valueOf(body.attachmentIds().size()));
		body.attachmentIds().forEach(id -> field(out, id));
		return out.toString();
	}

	private static String str(String value) {
		return value == null ? "" : value;
	}

	private static void field(StringBuilder out, String value) {
		if (value == null) {
			out.append("-;");
		}
		else {
			out.append(value.length()).append(':').append(value).append(';');
		}
	}
}
