package org.ducha.rectification;

import org.ducha.shared.IdempotencyKeyStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The {@code Idempotency-Key} of problem creation (API.md), kept in {@code problem_idempotency}. */
@Component
class ProblemIdempotency extends IdempotencyKeyStore {

	ProblemIdempotency(JdbcClient jdbc) {
		super(jdbc, "problem_idempotency", "problem_id");
	}
}
