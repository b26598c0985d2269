package org.ducha.attachment;

import org.ducha.shared.IdempotencyKeyStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The {@code Idempotency-Key} of staff uploads (API.md), kept in {@code attachment_idempotency}. */
@Component
class AttachmentIdempotency extends IdempotencyKeyStore {

	AttachmentIdempotency(JdbcClient jdbc) {
		super(jdbc, "attachment_idempotency", "attachment_id");
	}
}
