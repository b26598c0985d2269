package org.ducha.accountability;

import java.time.LocalDate;
import java.util.Collection;

/**
 * 影响期 of a decision (SPEC §8.3): the longest period among its forms, in calendar months from the decision
 * date. PARTY_PROBATION's is its probation (12 or 24 months) plus 24; GOV_EXPULSION makes it permanent.
 */
public final class EffectPeriodRule {

	private EffectPeriodRule() {
	}

	/** Months of one form; {@code probationMonths} is used by PARTY_PROBATION only. */
	public static int monthsOf(Form form, Integer probationMonths) {
		if (form == Form.PARTY_PROBATION) {
			if (probationMonths == null || !Form.PROBATION_MONTHS.contains(probationMonths)) {
				throw new IllegalArgumentException("PARTY_PROBATION needs a probation of 12 or 24 months");
			}
			return probationMonths + form.effectMonths();
		}
		return form.effectMonths();
	}

	public static EffectPeriod of(LocalDate decidedOn, Collection<Form> forms, Integer probationMonths) {
		if (forms.stream().anyMatch(Form::permanent)) {
			return EffectPeriod.PERMANENT;
		}
		int months = forms.stream().mapToInt(f -> monthsOf(f, probationMonths)).max().orElse(0);
		return months == 0 ? EffectPeriod.NONE : new EffectPeriod(decidedOn.plusMonths(months), false);
	}
}
