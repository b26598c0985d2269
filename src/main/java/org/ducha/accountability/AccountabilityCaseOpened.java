package org.ducha.accountability;

import java.time.LocalDate;
import java.util.List;

import org.ducha.organization.JurisdictionLevel;

/**
 * A case was opened (SPEC §8.1).
 *
 * @param cadreNo the subject cadre, null for a party organization
 * @param unitCode the subject's unit (for a party organization, its unit)
 * @param reportIds the reports in the case's basis (ids only)
 */
public record AccountabilityCaseOpened(String caseId, SubjectKind subjectKind, String cadreNo, String unitCode,
		JurisdictionLevel jurisdiction, String decidingUnitCode, LocalDate openedOn, List<String> reportIds) {
}
