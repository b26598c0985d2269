package org.ducha.bulletin;

import org.ducha.shared.IdempotencyKeyStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The {@code Idempotency-Key} of bulletin creation: the same key from the same user within 24 hours returns the first bulletin. */
@Component
class BulletinIdempotency extends IdempotencyKeyStore {

	BulletinIdempotency(JdbcClient jdbc) {
		super(jdbc, "bulletin_idempotency", "bulletin_id");
	}
}
