package org.ducha.intake;

import org.ducha.shared.IdempotencyKeyStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The {@code Idempotency-Key} of staff registrations (API.md), kept in {@code report_idempotency}. */
@Component
class IdempotencyKeys extends IdempotencyKeyStore {

	IdempotencyKeys(JdbcClient jdbc) {
		super(jdbc, "report_idempotency", "report_id");
	}
}
