package org.ducha.access;

import org.ducha.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The access pages in the main navigation, for the roles that may open them. */
@Configuration(proxyBeanMethods = false)
class AccessNavigation {

	@Bean
	NavItem userAdministrationNav() {
		return NavItem.of("nav.access.users", "/access/users", 900, Role.SYSTEM_ADMIN.name());
	}

	@Bean
	NavItem roleGrantsNav() {
		return NavItem.of("nav.access.grants", "/access/grants", 910, Role.SECURITY_ADMIN.name());
	}

	@Bean
	NavItem loginLogNav() {
		return NavItem.of("nav.access.loginLog", "/access/login-log", 920, Role.SECURITY_ADMIN.name(),
				Role.AUDITOR.name());
	}

	@Bean
	NavItem changePasswordNav() {
		return NavItem.of("nav.account.password", ForcedPasswordChange.PAGE, 990);
	}
}
