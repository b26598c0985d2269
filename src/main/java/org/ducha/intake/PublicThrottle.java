package org.ducha.intake;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Throttles of the public pages and API, kept in the database so that every node counts the same
 * (SPEC §5, §17): failed code/PIN look-ups (default 10 per address per 15 minutes), submissions
 * (20 per address per hour) and stored uploads (50 files per address per hour: the submission form
 * stores its files before the form is valid, so a failing form must not store files without limit). An address is stored only as an HMAC under a key derived per day from
 * the vault key, in fixed windows; rows are deleted once their window is over.
 */
@Component
class PublicThrottle {

	enum Kind {
		FAILED_LOOKUP, SUBMISSION, UPLOAD
	}

	private final JdbcClient jdbc;
	private final Clock clock;
	private final IdentityKeyRing keys;
	private final TransactionTemplate separate;
	private final int failedLookupLimit;
	private final Duration failedLookupWindow;
	private final int submissionLimit;
	private final Duration submissionWindow;
	private final int uploadLimit;
	private final Duration uploadWindow;

	PublicThrottle(JdbcClient jdbc, Clock clock, IdentityKeyRing keys, PlatformTransactionManager transactions,
			@Value("${ducha.reports.public.failed-lookups:10}") int failedLookupLimit,
			@Value("${ducha.reports.public.failed-lookup-window:15m}") Duration failedLookupWindow,
			@Value("${ducha.reports.public.submissions:20}") int submissionLimit,
			@Value("${ducha.reports.public.submission-window:1h}") Duration submissionWindow,
			@Value("${ducha.reports.public.uploads:50}") int uploadLimit,
			@Value("${ducha.reports.public.upload-window:1h}") Duration uploadWindow) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.keys = keys;
		this.separate = new TransactionTemplate(transactions);
		this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.failedLookupLimit = failedLookupLimit;
		this.failedLookupWindow = failedLookupWindow;
		this.submissionLimit = submissionLimit;
		this.submissionWindow = submissionWindow;
		this.uploadLimit = uploadLimit;
		this.uploadWindow = uploadWindow;
	}

	/** Refuses with {@link TooManyRequestsException} when the address has used up its look-up failures. */
	void checkLookups(String address) {
		if (count(address, Kind.FAILED_LOOKUP) >= failedLookupLimit) {
			throw new TooManyRequestsException();
		}
	}

	/** Counts a failed look-up, in its own transaction so that the refusal's rollback keeps it. */
	void recordFailedLookup(String address) {
		increment(address, Kind.FAILED_LOOKUP);
	}

	/** Counts a submission, refusing it when the address has used up its submissions. */
	void admitSubmission(String address) {
		if (increment(address, Kind.SUBMISSION) > submissionLimit) {
			throw new TooManyRequestsException();
		}
	}

	/** Counts a file about to be stored, refusing it when the address has used up its uploads. */
	void admitUpload(String address) {
		if (increment(address, Kind.UPLOAD) > uploadLimit) {
			throw new TooManyRequestsException();
		}
	}

	private int count(String address, Kind kind) {
		Instant now = Instant.now(clock);
		Integer counter = jdbc.sql("SELECT counter FROM intake_throttle WHERE key_hash = :key AND kind = :kind AND window_start = :start")
			.param("key", keyHash(address, now))
			.param("kind", kind.name())
			.param("start", windowStart(kind, now))
			.query(Integer.class)
			.optional()
			.orElse(0);
		return counter;
	}

	private int increment(String address, Kind kind) {
		Instant now = Instant.now(clock);
		String key = keyHash(address, now);
		OffsetDateTime start = windowStart(kind, now);
		Integer counter = separate.execute(status -> {
			jdbc.sql("DELETE FROM intake_throttle WHERE window_start < :oldest")
				.param("oldest", OffsetDateTime.ofInstant(now.minus(longestWindow()), ZoneOffset.UTC))
				.update();
			jdbc.sql("""
					INSERT INTO intake_throttle (key_hash, kind, window_start, counter)
					VALUES (:key, :kind, :start, 0) ON CONFLICT DO NOTHING""")
				.param("key", key).param("kind", kind.name()).param("start", start)
				.update();
			jdbc.sql("UPDATE intake_throttle SET counter = counter + 1 WHERE key_hash = :key AND kind = :kind AND window_start = :start")
				.param("key", key).param("kind", kind.name()).param("start", start)
				.update();
			return jdbc.sql("SELECT counter FROM intake_throttle WHERE key_hash = :key AND kind = :kind AND window_start = :start")
				.param("key", key).param("kind", kind.name()).param("start", start)
				.query(Integer.class)
				.single();
		});
		return counter == null ? 0 : counter;
	}

	private Duration longestWindow() {
		Duration longest = failedLookupWindow.compareTo(submissionWindow) > 0 ? failedLookupWindow : submissionWindow;
		return longest.compareTo(uploadWindow) > 0 ? longest : uploadWindow;
	}

	private Duration windowOf(Kind kind) {
		return switch (kind) {
			case FAILED_LOOKUP -> failedLookupWindow;
			case SUBMISSION -> submissionWindow;
			case UPLOAD -> uploadWindow;
		};
	}

	private OffsetDateTime windowStart(Kind kind, Instant now) {
		long window = windowOf(kind).toSeconds();
		long start = Math.floorDiv(now.getEpochSecond(), window) * window;
		return OffsetDateTime.ofInstant(Instant.ofEpochSecond(start), ZoneOffset.UTC);
	}

	/** HMAC-SHA256 of the address under the day's key (itself an HMAC of the date under the vault key). */
	private String keyHash(String address, Instant now) {
		LocalDate day = LocalDate.ofInstant(now, ZoneOffset.UTC);
		byte[] dayKey = hmac(keys.current(), "ducha:throttle:" + day);
		return HexFormat.of().formatHex(hmac(dayKey, address == null ? "" : address));
	}

	/** HMAC-SHA256 of {@code data} (UTF-8) under {@code key}; also the fingerprint of {@link PublicSubmissionKeys}. */
	static byte[] hmac(byte[] key, String data) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}
}
