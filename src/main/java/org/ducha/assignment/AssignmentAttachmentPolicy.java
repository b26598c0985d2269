package org.ducha.assignment;

import org.ducha.access.AccessControl;
import org.ducha.attachment.AttachmentAccessPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** The evidence of an assignment is seen by exactly those who see the assignment. */
@Component
class AssignmentAttachmentPolicy implements AttachmentAccessPolicy {

	private final Assignments assignments;
	private final AccessControl access;

	AssignmentAttachmentPolicy(Assignments assignments, AccessControl access) {
		this.assignments = assignments;
		this.access = access;
	}

	@Override
	public String ownerType() {
		return Assignments.OWNER_TYPE;
	}

	@Override
	public boolean maySee(String ownerId, Authentication user) {
		return access.userOf(user).map(u -> assignments.maySee(ownerId, u)).orElse(false);
	}
}
