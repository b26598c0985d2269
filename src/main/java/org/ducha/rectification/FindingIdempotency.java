package org.ducha.rectification;

import org.ducha.shared.IdempotencyKeyStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The {@code Idempotency-Key} of recording a finding (API.md conventions), kept in {@code finding_idempotency}. */
@Component
class FindingIdempotency extends IdempotencyKeyStore {

	FindingIdempotency(JdbcClient jdbc) {
		super(jdbc, "finding_idempotency", "finding_id");
	}
}
