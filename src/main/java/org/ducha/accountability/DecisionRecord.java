package org.ducha.accountability;

import java.time.LocalDate;
import java.util.List;

import org.ducha.organization.JurisdictionLevel;

/**
 * A decision as other modules read it (integrity file, statistics, bulletins). {@code forms} are the forms in
 * force (after an appeal VARIED them), {@code decidedForms} those first decided; {@code fourForm} and the effect
 * period follow {@code forms}. {@code effectUntil} null means no period unless {@code permanent}. A
 * {@code revoked} decision no longer counts anywhere (SPEC §8.4). The subject carries its name, unit and position
 * and {@code facts} the office's wording, so that a bulletin can describe a typical case.
 */
public record DecisionRecord(String caseId, CaseSubject subject, String facts, JurisdictionLevel jurisdiction,
		List<Form> forms, List<Form> decidedForms, Integer fourForm, LocalDate decidedOn, LocalDate deliveredOn,
		LocalDate effectUntil, boolean permanent, Integer probationMonths, String documentNumber, String decidingBody,
		String mitigationBasis, boolean varied, LocalDate variedOn, boolean revoked, LocalDate revokedOn) {

	/** The effect period of the decision in force; none once revoked. */
	public EffectPeriod effectPeriod() {
		if (revoked) {
			return EffectPeriod.NONE;
		}
		return permanent ? EffectPeriod.PERMANENT : effectUntil == null ? EffectPeriod.NONE
				: new EffectPeriod(effectUntil, false);
	}

	/** Whether the decision, not revoked, keeps the cadre from promotion on this date. */
	public boolean inEffectOn(LocalDate date) {
		return !revoked && !date.isBefore(decidedOn) && effectPeriod().covers(date);
	}
}
