package org.ducha.meeting;

/**
 * Repeated unexcused absence (SPEC §9): when one cadre's unexcused absences (ABSENT) from meetings
 * held in one calendar year reach the threshold (default two), a problem of source ATTENDANCE is
 * created for the unit the cadre attended for, naming the cadre as responsible and the meetings
 * missed. The threshold is crossed once a year: one problem per cadre and calendar year, created
 * when the count reaches the threshold; further absences that year create no second problem (they
 * stay on the attendance notice and count in the unit ranking). Absences in different years do not
 * add up. Closing a meeting's check-in again, or a second run, creates nothing new.
 */
public final class RepeatedAbsenceRule {

	/** The default number of unexcused absences in a calendar year that makes a problem. */
	public static final int DEFAULT_THRESHOLD = 2;

	private final int threshold;

	public RepeatedAbsenceRule(int threshold) {
		if (threshold < 1) {
			throw new IllegalArgumentException("threshold must be at least 1");
		}
		this.threshold = threshold;
	}

	public int threshold() {
		return threshold;
	}

	/**
	 * Whether a problem is due for a cadre with {@code absencesInYear} unexcused absences in one
	 * calendar year, given whether he is a unit's principal (SPEC §9: the rule is of principals; another
	 * attendee's absences are in the attendance notice, not a problem) and whether that year already
	 * has one.
	 */
	public boolean problemDue(boolean principal, int absencesInYear, boolean problemExistsForYear) {
		return principal && absencesInYear >= threshold && !problemExistsForYear;
	}
}
