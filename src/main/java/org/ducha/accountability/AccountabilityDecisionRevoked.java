package org.ducha.accountability;

import java.time.LocalDate;

/** An appeal revoked a decision (SPEC §8.4): it no longer counts anywhere. */
public record AccountabilityDecisionRevoked(String caseId, String cadreNo, String unitCode, LocalDate revokedOn) {
}
