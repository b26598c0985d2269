package org.ducha.bulletin;

import java.util.LinkedHashSet;
import java.util.Set;

import org.ducha.access.AccessControl;
import org.ducha.access.CurrentUser;
import org.ducha.access.Role;
import org.ducha.notification.NotificationKind;
import org.ducha.notification.Notifications;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells every unit's principal and liaison that a bulletin was published: a notice linking to it,
 * once per bulletin and user. The notice names no case, person or figure.
 */
@Component
class BulletinNotices {

	private final AccessControl access;
	private final Notifications notifications;

	BulletinNotices(AccessControl access, Notifications notifications) {
		this.access = access;
		this.notifications = notifications;
	}

	@ApplicationModuleListener
	void on(BulletinPublished event) {
		Set<String> recipients = new LinkedHashSet<>();
		for (Role role : new Role[] { Role.UNIT_PRINCIPAL, Role.UNIT_LIAISON }) {
			access.usersWithRole(role).stream().map(CurrentUser::username).forEach(recipients::add);
		}
		if (!recipients.isEmpty()) {
			notifications.notify(recipients, NotificationKind.GENERIC_NEW_ITEM, "/bulletins/" + event.bulletinId(),
					"bulletin:" + event.bulletinId() + ":published");
		}
	}
}
