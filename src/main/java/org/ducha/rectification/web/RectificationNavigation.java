package org.ducha.rectification.web;

import org.ducha.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Navigation to the problem list, the inspection findings and the self-examination lists, by role. */
@Configuration(proxyBeanMethods = false)
class RectificationNavigation {

	@Bean
	NavItem problemsNavItem() {
		return NavItem.of("rectification.nav.problems", "/problems", 130, "OFFICER", "OFFICE_DIRECTOR", "LEADER",
				"UNIT_PRINCIPAL", "UNIT_LIAISON");
	}

	@Bean
	NavItem findingsNavItem() {
		return NavItem.of("rectification.nav.findings", "/inspection-findings", 131, "INSPECTOR", "OFFICER",
				"OFFICE_DIRECTOR", "LEADER");
	}

	@Bean
	NavItem selfExaminationNavItem() {
		return NavItem.of("rectification.nav.selfExamination", "/self-examination", 132, "UNIT_PRINCIPAL", "OFFICER",
				"OFFICE_DIRECTOR", "LEADER");
	}
}
