package org.ducha.accountability;

import java.util.Optional;

/** The opaque string ids of the integrity records (API.md): the numeric key as text. */
final class IntegrityIds {

	private IntegrityIds() {
	}

	static Optional<Long> parse(String id) {
		if (id == null || id.isBlank() || id.length() > 18 || !id.chars().allMatch(Character::isDigit)) {
			return Optional.empty();
		}
		return Optional.of(Long.parseLong(id));
	}
}
