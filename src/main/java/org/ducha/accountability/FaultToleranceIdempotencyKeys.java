package org.ducha.accountability;

import org.ducha.shared.IdempotencyKeyStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The {@code Idempotency-Key} of fault-tolerance applications, kept in {@code fault_tolerance_idempotency}. */
@Component
class FaultToleranceIdempotencyKeys extends IdempotencyKeyStore {

	FaultToleranceIdempotencyKeys(JdbcClient jdbc) {
		super(jdbc, "fault_tolerance_idempotency", "application_id");
	}
}
