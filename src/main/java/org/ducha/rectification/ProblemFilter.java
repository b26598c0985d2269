package org.ducha.rectification;

import org.ducha.calendar.TrafficLight;

/** The filters of the problem list; null means any. {@code light} is the light of the problem's assignment. */
public record ProblemFilter(String unitCode, ProblemStatus status, Severity severity, ProblemSource source,
		Long campaignId, String categoryCode, TrafficLight light) {

	public static ProblemFilter none() {
		return new ProblemFilter(null, null, null, null, null, null, null);
	}
}
