package org.ducha.rectification.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import org.ducha.attachment.AttachmentInfo;
import org.ducha.rectification.FindingStatus;
import org.ducha.rectification.InspectionFinding;

/** An inspection finding: what was recorded, its photos (attachment ids), and the office's decision. */
record FindingResponse(String id, String unitCode, String categoryCode, String place, OffsetDateTime observedAt,
		String description, String recordedBy, FindingStatus status, String dismissalReason, LocalDate decidedOn,
		String problemId, List<String> attachmentIds) {

	static FindingResponse of(InspectionFinding f, List<AttachmentInfo> photos, ZoneId zone) {
		return new FindingResponse(String.valueOf(f.getId()), f.getUnitCode(), f.getCategoryCode(), f.getPlace(),
				f.getObservedAt().atZone(zone).toOffsetDateTime(), f.getDescription(), f.getRecordedBy(), f.getStatus(),
				f.getDismissalReason(), f.getDecidedOn(), f.getProblemId() == null ? null : String.valueOf(f.getProblemId()),
				photos.stream().map(AttachmentInfo::id).toList());
	}
}
