package org.ducha.accountability;

import org.ducha.shared.IdempotencyKeyStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The {@code Idempotency-Key} of case opening (API.md), kept in {@code accountability_idempotency}. */
@Component
class CaseIdempotency extends IdempotencyKeyStore {

	CaseIdempotency(JdbcClient jdbc) {
		super(jdbc, "accountability_idempotency", "case_id");
	}
}
