package org.ducha.assignment;

import org.ducha.shared.IdempotencyKeyStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The {@code Idempotency-Key} of extension requests (API.md conventions), kept in
 * {@code assignment_extension_idempotency}; a key is scoped to the assignment it was sent for.
 */
@Component
class ExtensionIdempotency extends IdempotencyKeyStore {

	ExtensionIdempotency(JdbcClient jdbc) {
		super(jdbc, "assignment_extension_idempotency", "extension_id");
	}

	/** The key as stored: the same client key sent for another assignment is another key. */
	static String scoped(String assignmentId, String key) {
		return "assignment:" + assignmentId + ":" + key;
	}
}
