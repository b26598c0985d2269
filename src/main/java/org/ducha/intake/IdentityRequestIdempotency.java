package org.ducha.intake;

import org.ducha.shared.IdempotencyKeyStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The {@code Idempotency-Key} of identity reveal requests (API.md), kept in {@code identity_request_idempotency}. */
@Component
class IdentityRequestIdempotency extends IdempotencyKeyStore {

	IdentityRequestIdempotency(JdbcClient jdbc) {
		super(jdbc, "identity_request_idempotency", "request_id");
	}
}
