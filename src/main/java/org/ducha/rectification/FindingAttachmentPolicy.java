package org.ducha.rectification;

import org.ducha.access.AccessControl;
import org.ducha.attachment.AttachmentAccessPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** The photos of an inspection finding are seen by exactly those who see the finding: its inspector and the office. */
@Component
class FindingAttachmentPolicy implements AttachmentAccessPolicy {

	private final InspectionFindings findings;
	private final AccessControl access;

	FindingAttachmentPolicy(InspectionFindings findings, AccessControl access) {
		this.findings = findings;
		this.access = access;
	}

	@Override
	public String ownerType() {
		return InspectionFindings.OWNER_TYPE;
	}

	@Override
	public boolean maySee(String ownerId, Authentication user) {
		return access.userOf(user).map(u -> findings.maySee(ownerId, u)).orElse(false);
	}
}
