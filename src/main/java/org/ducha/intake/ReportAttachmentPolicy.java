package org.ducha.intake;

import org.ducha.access.AccessControl;
import org.ducha.attachment.AttachmentAccessPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** The attachments of a report are seen by exactly those who see the report ({@link ReportVisibilityPolicy}). */
@Component
class ReportAttachmentPolicy implements AttachmentAccessPolicy {

	private final Reports reports;
	private final AccessControl access;

	ReportAttachmentPolicy(Reports reports, AccessControl access) {
		this.reports = reports;
		this.access = access;
	}

	@Override
	public String ownerType() {
		return Reports.OWNER_TYPE;
	}

	@Override
	public boolean maySee(String ownerId, Authentication user) {
		return access.userOf(user).map(u -> reports.maySee(ownerId, u)).orElse(false);
	}
}
