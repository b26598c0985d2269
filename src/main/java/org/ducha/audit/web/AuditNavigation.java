package org.ducha.audit.web;

import org.ducha.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AuditNavigation {

	@Bean
	NavItem auditNavItem() {
		return NavItem.of("audit.nav.events", "/audit", 950, "AUDITOR");
	}
}
