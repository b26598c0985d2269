package org.ducha.accountability;

import org.ducha.shared.IdempotencyKeyStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The {@code Idempotency-Key} of commendations, kept in {@code commendation_idempotency}. */
@Component
class CommendationIdempotencyKeys extends IdempotencyKeyStore {

	CommendationIdempotencyKeys(JdbcClient jdbc) {
		super(jdbc, "commendation_idempotency", "commendation_id");
	}
}
