package org.ducha.notification;

import java.util.List;

import org.ducha.web.HomeFigure;
import org.ducha.web.HomeFigureSource;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** The signed-in user's unread notices on the home page, when there are any, drilling down to the inbox. */
@Component
class UnreadNotificationsFigure implements HomeFigureSource {

	private final Notifications notifications;

	UnreadNotificationsFigure(Notifications notifications) {
		this.notifications = notifications;
	}

	@Override
	public List<HomeFigure> figuresFor(Authentication user) {
		if (user == null || !user.isAuthenticated() || user instanceof AnonymousAuthenticationToken) {
			return List.of();
		}
		long unread = notifications.unreadCount(user.getName());
		return unread == 0 ? List.of() : List.of(new HomeFigure("notification.home.unread", unread, "/inbox?unread=true"));
	}
}
