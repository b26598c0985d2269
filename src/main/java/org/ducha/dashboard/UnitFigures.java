package org.ducha.dashboard;

/**
 * What the unit ranking knows of one unit over a period: problems found, rectification assignments
 * due and closed on time, overdue ones, the mean task rating score (0..100, null when no task of
 * the unit was rated) and meeting attendance (attended of required; required 0 when none).
 */
public record UnitFigures(String unitCode, String unitName, long problems, long rectificationsDue,
		long rectificationsOnTime, long overdue, Double taskScore, int meetingsRequired, int meetingsAttended) {

	/** Rectifications closed on time among those due, 0..1; null when none was due. */
	public Double onTimeRate() {
		return rectificationsDue == 0 ? null : (double) rectificationsOnTime / rectificationsDue;
	}

	/** Attended among required meeting attendances, 0..1; null when none was required. */
	public Double attendanceRate() {
		return meetingsRequired == 0 ? null : (double) meetingsAttended / meetingsRequired;
	}
}
