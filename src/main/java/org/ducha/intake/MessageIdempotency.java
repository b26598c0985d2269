package org.ducha.intake;

import org.ducha.shared.IdempotencyKeyStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The {@code Idempotency-Key} of the office's messages to a reporter (API.md), kept in {@code report_message_idempotency}. */
@Component
class MessageIdempotency extends IdempotencyKeyStore {

	MessageIdempotency(JdbcClient jdbc) {
		super(jdbc, "report_message_idempotency", "message_id");
	}
}
