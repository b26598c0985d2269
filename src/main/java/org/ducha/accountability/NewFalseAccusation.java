package org.ducha.accountability;

import java.time.LocalDate;
import java.util.List;

/**
 * A false accusation as the officer records it (SPEC §8.5): the report, the explicit statement that it
 * was knowingly fabricated (an honest mistake, 错告, is never recorded), the facts and the evidence
 * attachments; who the accuser is — a roster cadre ({@code accuserCadreNo}: a case is opened against
 * him), a party member outside the roster, or anyone else — and, for the latter two, the referral
 * (date and recipient: his party organization, or the police).
 */
public record NewFalseAccusation(String reportId, boolean knowinglyFabricated, String facts,
		List<String> evidenceIds, FalseAccuserKind accuserKind, String accuserCadreNo, LocalDate referredOn,
		String referredTo) {

	public NewFalseAccusation {
		evidenceIds = evidenceIds == null ? List.of() : List.copyOf(evidenceIds);
	}
}
