package org.ducha.accountability;

import java.time.LocalDate;
import java.util.List;

/**
 * A decision as the deciding body enters it (API.md {@code /decision}). {@code deliveredOn} — the day the decision
 * was delivered to the subject, from which the appeal month runs — defaults to {@code decidedOn};
 * {@code decidingBody} defaults to the deciding unit's party organization (UNIT), the district discipline unit
 * (DISTRICT) or the body the case was referred to (CITY). {@code probationMonths} only with PARTY_PROBATION.
 * {@code outcomeReceivedOn}, only for a CITY case whose decision is the outcome received from the city: the day
 * the district received it, defaulting to today.
 */
public record DecisionDraft(List<Form> forms, LocalDate decidedOn, LocalDate deliveredOn, String documentNumber,
		String decidingBody, Integer probationMonths, LocalDate outcomeReceivedOn) {

	public DecisionDraft {
		forms = forms == null ? List.of() : forms.stream().filter(f -> f != null).distinct().toList();
	}

	public DecisionDraft(List<Form> forms, LocalDate decidedOn, LocalDate deliveredOn, String documentNumber,
			String decidingBody, Integer probationMonths) {
		this(forms, decidedOn, deliveredOn, documentNumber, decidingBody, probationMonths, null);
	}
}
