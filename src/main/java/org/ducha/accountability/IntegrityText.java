package org.ducha.accountability;

import java.util.List;

import org.ducha.shared.DomainException;

/** Required and optional text fields of the integrity records, checked with one error per field; idempotency keys. */
final class IntegrityText {

	private IntegrityText() {
	}

	static String required(List<DomainException.FieldError> errors, String field, String value, int max) {
		String text = value == null ? "" : value.strip();
		if (text.isEmpty()) {
			errors.add(new DomainException.FieldError(field, "required"));
			return null;
		}
		if (text.length() > max) {
			errors.add(new DomainException.FieldError(field, "at most " + max + " characters"));
			return null;
		}
		return text;
	}

	static String optional(List<DomainException.FieldError> errors, String field, String value, int max) {
		String text = value == null ? "" : value.strip();
		if (text.length() > max) {
			errors.add(new DomainException.FieldError(field, "at most " + max + " characters"));
			return null;
		}
		return text.isEmpty() ? null : text;
	}

	/** An {@code Idempotency-Key} header as stored: stripped, null when absent or blank. */
	static String key(String idempotencyKey) {
		return idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey.strip();
	}
}
