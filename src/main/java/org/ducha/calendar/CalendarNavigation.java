package org.ducha.calendar;

import org.ducha.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CalendarNavigation {

	static final String ADMIN_PAGE = "/admin/calendar";

	@Bean
	NavItem calendarAdminNavItem() {
		return NavItem.of("calendar.nav", ADMIN_PAGE, 900, "SYSTEM_ADMIN");
	}
}
