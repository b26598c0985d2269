package org.ducha.organization.web;

import org.ducha.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OrganizationWebConfiguration {

	@Bean
	NavItem organizationNavItem() {
		return NavItem.of("org.nav", "/organization", 80, Access.STAFF);
	}
}
