package org.ducha.meeting;

import org.ducha.shared.IdempotencyKeyStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The {@code Idempotency-Key} of meeting creation (API.md), kept in {@code meeting_idempotency}. */
@Component
class MeetingIdempotency extends IdempotencyKeyStore {

	MeetingIdempotency(JdbcClient jdbc) {
		super(jdbc, "meeting_idempotency", "meeting_id");
	}
}
