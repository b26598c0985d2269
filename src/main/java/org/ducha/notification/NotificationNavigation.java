package org.ducha.notification;

import org.ducha.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The inbox in the main navigation of every signed-in user. */
@Configuration(proxyBeanMethods = false)
class NotificationNavigation {

	@Bean
	NavItem inboxNavItem() {
		return NavItem.of("notification.nav.inbox", "/inbox", 900);
	}
}
