package org.ducha.accountability;

import org.ducha.access.AccessControl;
import org.ducha.attachment.AttachmentAccessPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** The evidence of a false accusation is seen by the office (OFFICER, OFFICE_DIRECTOR) only. */
@Component
class FalseAccusationAttachmentPolicy implements AttachmentAccessPolicy {

	private final AccessControl access;

	FalseAccusationAttachmentPolicy(AccessControl access) {
		this.access = access;
	}

	@Override
	public String ownerType() {
		return FalseAccusations.OWNER_TYPE;
	}

	@Override
	public boolean maySee(String ownerId, Authentication user) {
		return access.userOf(user).map(u -> u.roles().stream().anyMatch(IntegrityAccess.OFFICE::contains)).orElse(false);
	}
}
