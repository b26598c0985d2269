package org.ducha.dashboard;

import java.time.LocalDate;
import java.util.List;

/**
 * A decided, not revoked accountability case as the statistics and the bulletin read it: the
 * subject (unit, name, position — for a party organization the unit is the subject and name is its
 * name), the facts, the forms (codes of SPEC §8.3), the four-forms level and the decision date.
 */
public record DecidedCase(String caseId, String unitCode, String unitName, String name, String position, String facts,
		List<String> forms, int fourForm, LocalDate decidedOn) {
}
