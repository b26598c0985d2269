package org.ducha.supervision;

import org.ducha.shared.IdempotencyKeyStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The {@code Idempotency-Key} of task creation (API.md conventions), kept in {@code task_idempotency}. */
@Component
class TaskIdempotency extends IdempotencyKeyStore {

	TaskIdempotency(JdbcClient jdbc) {
		super(jdbc, "task_idempotency", "task_id");
	}
}
