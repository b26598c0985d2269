package org.ducha.accountability.web;

import org.ducha.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Navigation to the case list (district roles and unit principals) and the candidates list (the office). */
@Configuration(proxyBeanMethods = false)
class AccountabilityNavigation {

	@Bean
	NavItem accountabilityCasesNavItem() {
		return NavItem.of("accountability.nav.cases", "/accountability/cases", 150, "OFFICER", "OFFICE_DIRECTOR",
				"LEADER", "UNIT_PRINCIPAL");
	}

	@Bean
	NavItem accountabilityCandidatesNavItem() {
		return NavItem.of("accountability.nav.candidates", "/accountability/candidates", 151, "OFFICER",
				"OFFICE_DIRECTOR");
	}
}
