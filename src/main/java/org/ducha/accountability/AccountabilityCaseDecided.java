package org.ducha.accountability;

import java.time.LocalDate;
import java.util.List;

/**
 * A case was decided (SPEC §8.3).
 *
 * @param cadreNo the subject cadre, null for a party organization
 * @param unitCode the subject's unit (for a party organization, its unit)
 * @param fourForm 1..4, null when no form is one of the four forms (party organizations)
 */
public record AccountabilityCaseDecided(String caseId, String cadreNo, String unitCode, LocalDate decidedOn,
		List<Form> forms, Integer fourForm) {
}
