package org.ducha.accountability;

import org.ducha.shared.IdempotencyKeyStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The {@code Idempotency-Key} of false-accusation records, kept in {@code false_accusation_idempotency}. */
@Component
class FalseAccusationIdempotencyKeys extends IdempotencyKeyStore {

	FalseAccusationIdempotencyKeys(JdbcClient jdbc) {
		super(jdbc, "false_accusation_idempotency", "false_accusation_id");
	}
}
