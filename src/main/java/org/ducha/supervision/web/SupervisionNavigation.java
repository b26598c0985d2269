package org.ducha.supervision.web;

import org.ducha.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Navigation to the task list and the chart, by role. */
@Configuration(proxyBeanMethods = false)
class SupervisionNavigation {

	@Bean
	NavItem tasksNavItem() {
		return NavItem.of("supervision.nav.tasks", "/tasks", 140, "OFFICER", "OFFICE_DIRECTOR", "LEADER",
				"UNIT_PRINCIPAL", "UNIT_LIAISON");
	}

	@Bean
	NavItem taskChartNavItem() {
		return NavItem.of("supervision.nav.chart", "/tasks/chart", 141, "OFFICER", "OFFICE_DIRECTOR", "LEADER",
				"UNIT_PRINCIPAL", "UNIT_LIAISON");
	}
}
