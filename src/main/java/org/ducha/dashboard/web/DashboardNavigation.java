package org.ducha.dashboard.web;

import org.ducha.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Navigation to the dashboard: the district roles and the unit principals. */
@Configuration(proxyBeanMethods = false)
class DashboardNavigation {

	@Bean
	NavItem dashboardNavItem() {
		return NavItem.of("dashboard.nav", "/dashboard", 105, "LEADER", "OFFICE_DIRECTOR", "OFFICER", "UNIT_PRINCIPAL");
	}
}
