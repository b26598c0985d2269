package org.ducha.rectification;

import org.ducha.calendar.TrafficLight;

/**
 * The filters of the problem list; null means any. {@code unitCode} is the problem's unit alone (not
 * the units below it); {@code light} is the light of the problem's assignment; {@code drill} the
 * statistics' drill-down filters (never null).
 */
public record ProblemFilter(String unitCode, ProblemStatus status, Severity severity, ProblemSource source,
		Long campaignId, String categoryCode, TrafficLight light, ProblemDrill drill) {

	public ProblemFilter {
		drill = ProblemDrill.orNone(drill);
	}

	public ProblemFilter(String unitCode, ProblemStatus status, Severity severity, ProblemSource source,
			Long campaignId, String categoryCode, TrafficLight light) {
		this(unitCode, status, severity, source, campaignId, categoryCode, light, ProblemDrill.NONE);
	}

	public static ProblemFilter none() {
		return new ProblemFilter(null, null, null, null, null, null, null);
	}
}
