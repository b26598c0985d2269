package org.ducha.accountability;

import org.ducha.shared.IdempotencyKeyStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The {@code Idempotency-Key} of name clearings, kept in {@code name_clearing_idempotency}. */
@Component
class NameClearingIdempotencyKeys extends IdempotencyKeyStore {

	NameClearingIdempotencyKeys(JdbcClient jdbc) {
		super(jdbc, "name_clearing_idempotency", "name_clearing_id");
	}
}
