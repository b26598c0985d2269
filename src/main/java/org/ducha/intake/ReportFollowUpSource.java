package org.ducha.intake;

import java.util.List;

/**
 * Implemented as a bean by a module that follows reports up (problems, accountability), so the
 * report page can list what exists; the section shows only when some follow-up exists.
 */
public interface ReportFollowUpSource {

	/** The follow-ups of the report with this API id, oldest first. */
	List<ReportFollowUp> followUpsOf(String reportId);
}
