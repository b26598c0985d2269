package org.ducha.assignment.web;

import org.ducha.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Navigation to the assignment pages: the unit's to-do list, the office's list and overview. */
@Configuration(proxyBeanMethods = false)
class AssignmentNavigation {

	@Bean
	NavItem assignmentTodoNavItem() {
		return NavItem.of("assignment.nav.todo", "/assignments/todo", 130, "UNIT_PRINCIPAL", "UNIT_LIAISON");
	}

	@Bean
	NavItem assignmentListNavItem() {
		return NavItem.of("assignment.nav.list", "/assignments", 131, "OFFICER", "OFFICE_DIRECTOR", "LEADER");
	}

	@Bean
	NavItem assignmentOverviewNavItem() {
		return NavItem.of("assignment.nav.overview", "/assignments/overview", 132, "OFFICER", "OFFICE_DIRECTOR", "LEADER");
	}
}
