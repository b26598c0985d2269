package org.ducha.meeting;

import org.ducha.shared.IdempotencyKeyStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The {@code Idempotency-Key} of leave requests (API.md), kept in {@code meeting_leave_idempotency}. */
@Component
class LeaveRequestIdempotency extends IdempotencyKeyStore {

	LeaveRequestIdempotency(JdbcClient jdbc) {
		super(jdbc, "meeting_leave_idempotency", "leave_request_id");
	}
}
