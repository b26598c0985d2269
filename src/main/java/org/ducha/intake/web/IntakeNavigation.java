package org.ducha.intake.web;

import org.ducha.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Navigation to the report pages, by role. */
@Configuration(proxyBeanMethods = false)
class IntakeNavigation {

	@Bean
	NavItem reportsNavItem() {
		return NavItem.of("intake.nav.reports", "/reports", 110, "OFFICER", "OFFICE_DIRECTOR", "LEADER", "INTAKE_OFFICER");
	}

	@Bean
	NavItem registerReportNavItem() {
		return NavItem.of("intake.nav.register", "/reports/new", 111, "INTAKE_OFFICER");
	}

	@Bean
	NavItem reportApprovalsNavItem() {
		return NavItem.of("intake.nav.approvals", "/reports/approvals", 112, "OFFICE_DIRECTOR");
	}

	@Bean
	NavItem identityRequestsNavItem() {
		return NavItem.of("intake.nav.identityRequests", "/reports/identity-requests", 905, "SECURITY_ADMIN");
	}
}
