package org.ducha.accountability;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One entry of a case's timeline: what was done ({@code action}, e.g. {@code OPENED}, {@code DEFENCE_RECORDED}),
 * by whom, when, and the note that goes with it (a reason, a document number).
 */
@Embeddable
public record CaseStep(@Column(name = "action", nullable = false, length = 40) String action,
		@Column(name = "actor", nullable = false, length = 100) String actor,
		@Column(name = "occurred_at", nullable = false) Instant occurredAt,
		@Column(name = "note", length = 4000) String note) {
}
