package org.ducha.intake;

import java.util.List;
import java.util.Set;

import org.ducha.attachment.AttachmentInfo;
import org.ducha.calendar.TrafficLight;

/**
 * A report as one user may see it: the reporter in clear only for the registering intake officer or
 * an approved reveal ({@code reporterInClear}), otherwise masked, null when anonymous; the light of
 * the running clock; and the actions this user may take now.
 */
public record ReportDetails(Report report, ReporterIdentity reporter, boolean reporterInClear,
		List<ReportMessage> messages, List<AttachmentInfo> attachments, List<ReportFollowUp> followUps,
		TrafficLight light, Set<ReportAction> allowedActions, IdentityRequest ownRevealRequest,
		String mergedIntoTrackingNumber, List<Report> mergedReports) {
}
