package org.ducha.intake;

import java.time.LocalDate;

import org.ducha.calendar.TrafficLight;

/**
 * The filters of the report list; null means "any". {@code light} is the light of the running clock;
 * {@code unitCode} an accused unit or the unit of an accused cadre; {@code text} is searched in the
 * subject and content through the full-text index (every word must occur; ADR 0005), or matches a
 * tracking number typed in full; {@code drill} the statistics' drill-down filters (never null).
 */
public record ReportFilter(ReportStatus status, ReportChannel channel, String categoryCode, TrafficLight light,
		Long campaignId, String unitCode, LocalDate receivedFrom, LocalDate receivedTo, String trackingNumber,
		String text, ReportDrill drill) {

	public ReportFilter {
		drill = ReportDrill.orNone(drill);
	}

	public ReportFilter(ReportStatus status, ReportChannel channel, String categoryCode, TrafficLight light,
			Long campaignId, String unitCode, LocalDate receivedFrom, LocalDate receivedTo, String trackingNumber,
			String text) {
		this(status, channel, categoryCode, light, campaignId, unitCode, receivedFrom, receivedTo, trackingNumber, text,
				ReportDrill.NONE);
	}

	public static ReportFilter none() {
		return new ReportFilter(null, null, null, null, null, null, null, null, null, null);
	}
}
