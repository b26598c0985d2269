package org.ducha.accountability;

import java.time.LocalDate;
import java.util.List;

/**
 * An appeal varied a decision (SPEC §8.4): new forms, four form and effect period, counted from the original
 * decision date.
 */
public record AccountabilityDecisionVaried(String caseId, String cadreNo, String unitCode, LocalDate variedOn,
		List<Form> forms, Integer fourForm, LocalDate effectUntil, boolean permanent) {
}
