package org.ducha.meeting.web;

import org.ducha.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Navigation to the meeting list (the monthly attendance notice is reached from it), by role. */
@Configuration(proxyBeanMethods = false)
class MeetingNavigation {

	@Bean
	NavItem meetingsNavItem() {
		return NavItem.of("meeting.nav.meetings", "/meetings", 160, "OFFICER", "OFFICE_DIRECTOR", "LEADER",
				"UNIT_PRINCIPAL", "UNIT_LIAISON", "CADRE");
	}
}
