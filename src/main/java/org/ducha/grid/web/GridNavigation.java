package org.ducha.grid.web;

import org.ducha.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Navigation to the grid events and, for the administrator and the office, the routing table. */
@Configuration(proxyBeanMethods = false)
class GridNavigation {

	@Bean
	NavItem gridEventsNavItem() {
		return NavItem.of("grid.nav.events", "/grid-events", 140, "OFFICER", "OFFICE_DIRECTOR", "LEADER",
				"UNIT_PRINCIPAL", "UNIT_LIAISON");
	}

	@Bean
	NavItem gridRoutesNavItem() {
		return NavItem.of("grid.nav.routes", "/grid-routes", 141, "SYSTEM_ADMIN", "OFFICER", "OFFICE_DIRECTOR");
	}
}
