package org.ducha.meeting.web;

import org.ducha.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Navigation to the meeting list and the monthly attendance notice, by role. */
@Configuration(proxyBeanMethods = false)
class MeetingNavigation {

	@Bean
	NavItem meetingsNavItem() {
		return NavItem.of("meeting.nav.meetings", "/meetings", 160, "OFFICER", "OFFICE_DIRECTOR", "LEADER",
				"UNIT_PRINCIPAL", "UNIT_LIAISON", "CADRE");
	}

	@Bean
	NavItem attendanceNoticeNavItem() {
		return NavItem.of("meeting.nav.notice", "/meetings/notice", 161, "OFFICER", "OFFICE_DIRECTOR", "LEADER");
	}
}
