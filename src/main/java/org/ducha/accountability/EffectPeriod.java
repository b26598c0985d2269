package org.ducha.accountability;

import java.time.LocalDate;

/**
 * The effect period (影响期) of a decision: during it the cadre cannot be promoted. {@code until} is the decision
 * date plus the period's months, and the period covers every day up to and including it; {@code permanent} means
 * it never ends; neither means the decision has no period.
 */
public record EffectPeriod(LocalDate until, boolean permanent) {

	public static final EffectPeriod NONE = new EffectPeriod(null, false);

	public static final EffectPeriod PERMANENT = new EffectPeriod(null, true);

	/** Whether the period covers this date (on or after the decision, which the caller checks). */
	public boolean covers(LocalDate date) {
		return permanent || (until != null && !date.isAfter(until));
	}
}
