package org.ducha.attachment;

import org.springframework.security.core.Authentication;

/**
 * Who may see the attachments linked to an owner of one type (e.g. {@code REPORT}): implemented as
 * a bean by the module that owns that type. {@link Attachments} looks policies up when it needs
 * them, so a policy may depend on a service that itself uses {@link Attachments}.
 * Linking to an owner type without a policy is refused.
 */
public interface AttachmentAccessPolicy {

	/** The owner type this policy decides for, e.g. {@code REPORT}. */
	String ownerType();

	/** Whether {@code user} may see the owner {@code ownerId} and so its attachments. */
	boolean maySee(String ownerId, Authentication user);
}
