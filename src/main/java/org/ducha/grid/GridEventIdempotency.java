package org.ducha.grid;

import org.ducha.shared.IdempotencyKeyStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The {@code Idempotency-Key} of reporting a grid event, kept in {@code grid_event_idempotency}. */
@Component
class GridEventIdempotency extends IdempotencyKeyStore {

	GridEventIdempotency(JdbcClient jdbc) {
		super(jdbc, "grid_event_idempotency", "event_id");
	}
}
