package org.ducha.grid;

import org.ducha.access.AccessControl;
import org.ducha.attachment.AttachmentAccessPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** The photos of a grid event are seen by exactly those who see the event. */
@Component
class GridAttachmentPolicy implements AttachmentAccessPolicy {

	private final GridEvents events;
	private final AccessControl access;

	GridAttachmentPolicy(GridEvents events, AccessControl access) {
		this.events = events;
		this.access = access;
	}

	@Override
	public String ownerType() {
		return GridEvents.OWNER_TYPE;
	}

	@Override
	public boolean maySee(String ownerId, Authentication user) {
		return access.userOf(user).map(u -> events.maySee(ownerId, u)).orElse(false);
	}
}
